using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>fluid_sfont_t *fluid_synth_get_sfont_by_id(fluid_synth_t *synth, int id)</c>: a loaded font, owned by the synthesizer.</summary>
        /// <returns>The font, or 0.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_get_sfont_by_id")]
        internal static partial nint SynthGetSoundFontById(Native.FluidSynthHandle synth, int id);
    }
}
