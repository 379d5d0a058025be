using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>fluid_preset_t *fluid_sfont_iteration_next(fluid_sfont_t *sfont)</c>: the next preset, owned by the font.</summary>
        /// <returns>The preset, or 0 after the last.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_sfont_iteration_next")]
        internal static partial nint SoundFontIterationNext(nint soundFont);
    }
}
