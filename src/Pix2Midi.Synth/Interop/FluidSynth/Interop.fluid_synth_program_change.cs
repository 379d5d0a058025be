using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_program_change(fluid_synth_t *synth, int chan, int program)</c>: picks a channel's preset (a kit on a drum channel).</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_program_change")]
        internal static partial int SynthProgramChange(Native.FluidSynthHandle synth, int channel, int program);
    }
}
