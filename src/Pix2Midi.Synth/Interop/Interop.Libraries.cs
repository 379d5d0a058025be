namespace Pix2Midi.Synth;

/// <summary>Native calls, one function per file under <c>Interop/&lt;Library&gt;/</c>.</summary>
internal static partial class Interop
{
    /// <summary>The native libraries the synthesizer calls, by the names its declarations use.</summary>
    internal static class Libraries
    {
        /// <summary>
        /// libfluidsynth, by a logical name: <see cref="Native.FluidSynthLibrary"/> resolves it to the
        /// versioned file of each OS (<c>libfluidsynth.so.3</c>, <c>libfluidsynth.3.dylib</c>, <c>libfluidsynth-3.dll</c>).
        /// </summary>
        internal const string FluidSynth = "fluidsynth";

        /// <summary>JACK, by its Linux soname; FluidSynth's JACK driver has loaded it already when Pix2Midi calls it.</summary>
        internal const string Jack = "libjack.so.0";

        /// <summary>ALSA, by its Linux soname; FluidSynth's ALSA driver loads it.</summary>
        internal const string Alsa = "libasound.so.2";

        /// <summary>The C library (<c>setenv</c>); the runtime maps "libc" to the system's own.</summary>
        internal const string Libc = "libc";
    }
}
