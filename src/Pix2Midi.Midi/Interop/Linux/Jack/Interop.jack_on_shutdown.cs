using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Sets the function libjack calls, on one of its own threads, when the server stops or drops the client.</summary>
        /// <param name="client">The client.</param>
        /// <param name="callback"><c>void shutdown(void* arg)</c>.</param>
        /// <param name="arg">Handed to the call.</param>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_on_shutdown")]
        internal static unsafe partial void OnShutdown(Backends.Jack.JackClientHandle client, delegate* unmanaged<nint, void> callback, nint arg);
    }
}
