using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>The server's sample rate, in frames a second.</summary>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_get_sample_rate")]
        internal static partial uint GetSampleRate(Backends.Jack.JackClientHandle client);
    }
}
