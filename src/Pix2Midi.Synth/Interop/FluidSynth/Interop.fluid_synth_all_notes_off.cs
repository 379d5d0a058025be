using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_all_notes_off(fluid_synth_t *synth, int chan)</c>: releases every note (they fade as released notes do; sustain pedal respected).</summary>
        /// <param name="synth">The synthesizer.</param>
        /// <param name="channel">A channel, or -1 for all.</param>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_all_notes_off")]
        internal static partial int SynthAllNotesOff(Native.FluidSynthHandle synth, int channel);
    }
}
