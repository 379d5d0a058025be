using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Sets the function the server calls once a period, on its real-time thread. Before activation only.</summary>
        /// <param name="client">The client.</param>
        /// <param name="callback"><c>int process(jack_nframes_t nframes, void* arg)</c>; returns 0 to keep running.</param>
        /// <param name="arg">Handed to every call.</param>
        /// <returns>0 on success.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_set_process_callback")]
        internal static unsafe partial int SetProcessCallback(Backends.Jack.JackClientHandle client, delegate* unmanaged<uint, nint, int> callback, nint arg);
    }
}
