using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>void fluid_sfont_iteration_start(fluid_sfont_t *sfont)</c>: starts walking a font's presets.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_sfont_iteration_start")]
        internal static partial void SoundFontIterationStart(nint soundFont);
    }
}
