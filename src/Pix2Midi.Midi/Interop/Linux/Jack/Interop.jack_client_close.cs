using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Deactivates the client if needed, then closes it and frees everything it owns (its ports too).</summary>
        /// <param name="client">The raw client; only <see cref="Backends.Jack.JackClientHandle"/> calls this.</param>
        /// <returns>0 on success.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_client_close")]
        internal static partial int ClientClose(nint client);
    }
}
