using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_noteoff(fluid_synth_t *synth, int chan, int key)</c>: releases a note.</summary>
        /// <returns><see cref="Failed"/> also when the note was not sounding.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_noteoff")]
        internal static partial int SynthNoteOff(Native.FluidSynthHandle synth, int channel, int key);
    }
}
