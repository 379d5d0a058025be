using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary>
        /// <c>int fluid_synth_write_float(fluid_synth_t *synth, int len, void *lout, int loff, int lincr, void *rout, int roff, int rincr)</c>:
        /// renders <paramref name="frames"/> stereo frames, reverb and chorus mixed in, overwriting the buffers, never clipping.
        /// </summary>
        /// <remarks>Only from one thread, and never on a synthesizer an audio driver renders.</remarks>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_write_float")]
        internal static unsafe partial int SynthWriteFloat(Native.FluidSynthHandle synth, int frames, float* left, int leftOffset, int leftIncrement, float* right, int rightOffset, int rightIncrement);
    }
}
