using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>The full names of the ports that match.</summary>
        /// <param name="client">The client asking.</param>
        /// <param name="portNamePattern">A regular expression for names, or null for all.</param>
        /// <param name="typeNamePattern">A regular expression for types, or null for all.</param>
        /// <param name="flags"><see cref="JackPortFlags"/> every returned port has, or 0 (C <c>unsigned long</c>).</param>
        /// <returns>A null-terminated array of UTF-8 names, or zero when none match; free it with <see cref="Free"/>.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_get_ports", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint GetPorts(Backends.Jack.JackClientHandle client, string? portNamePattern, string? typeNamePattern, nuint flags);
    }
}
