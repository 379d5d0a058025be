using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_cc(fluid_synth_t *synth, int chan, int ctrl, int val)</c>: a control change.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_cc")]
        internal static partial int SynthControlChange(Native.FluidSynthHandle synth, int channel, int controller, int value);
    }
}
