using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_noteon(fluid_synth_t *synth, int chan, int key, int vel)</c>: starts a note (velocity 0 ends it).</summary>
        /// <returns><see cref="Failed"/> for a channel without a preset or values out of range.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_noteon")]
        internal static partial int SynthNoteOn(Native.FluidSynthHandle synth, int channel, int key, int velocity);
    }
}
