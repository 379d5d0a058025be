namespace Pix2Midi.Synth;

internal static partial class Interop
{
    /// <summary>libfluidsynth 2.x. Every function returns <see cref="Ok"/> or <see cref="Failed"/> unless it says otherwise.</summary>
    /// <remarks>
    /// The static constructor registers the library resolver before the first call of any function
    /// here, so no caller has to remember to. Whether the library is usable (present, version 2,
    /// not turned off) is <see cref="Native.FluidSynthLibrary.Require"/>'s to say, in one line.
    /// </remarks>
    internal static partial class FluidSynth
    {
        /// <summary><c>FLUID_OK</c>.</summary>
        internal const int Ok = 0;

        /// <summary><c>FLUID_FAILED</c>.</summary>
        internal const int Failed = -1;

        static FluidSynth() => Native.FluidSynthLibrary.RegisterResolver();
    }
}
