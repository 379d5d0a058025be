using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>void fluid_version(int *major, int *minor, int *micro)</c>: the loaded library's version.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_version")]
        internal static partial void Version(out int major, out int minor, out int micro);
    }
}
