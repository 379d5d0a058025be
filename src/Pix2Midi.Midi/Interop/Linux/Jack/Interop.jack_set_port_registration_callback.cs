using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Sets the function libjack calls, on its notification thread, when any port of the server appears or goes away. Before activation only.</summary>
        /// <param name="client">The client.</param>
        /// <param name="callback"><c>void registration(jack_port_id_t port, int registered, void* arg)</c>.</param>
        /// <param name="arg">Handed to every call.</param>
        /// <returns>0 on success.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_set_port_registration_callback")]
        internal static unsafe partial int SetPortRegistrationCallback(Backends.Jack.JackClientHandle client, delegate* unmanaged<uint, int, nint, void> callback, nint arg);
    }
}
