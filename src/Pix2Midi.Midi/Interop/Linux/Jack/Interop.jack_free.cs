using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Frees memory libjack handed out, such as the array from <see cref="GetPorts"/>.</summary>
        /// <param name="pointer">The memory.</param>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_free")]
        internal static partial void Free(nint pointer);
    }
}
