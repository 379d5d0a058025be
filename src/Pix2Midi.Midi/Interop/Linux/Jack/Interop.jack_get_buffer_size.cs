using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>The server's period: the frames each process callback handles.</summary>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_get_buffer_size")]
        internal static partial uint GetBufferSize(Backends.Jack.JackClientHandle client);
    }
}
