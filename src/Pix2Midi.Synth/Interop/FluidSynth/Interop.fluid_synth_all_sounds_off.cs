using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_all_sounds_off(fluid_synth_t *synth, int chan)</c>: silences every voice at once.</summary>
        /// <param name="synth">The synthesizer.</param>
        /// <param name="channel">A channel, or -1 for all.</param>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_all_sounds_off")]
        internal static partial int SynthAllSoundsOff(Native.FluidSynthHandle synth, int channel);
    }
}
