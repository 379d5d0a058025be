using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>MIDIEndpointRef MIDIGetDestination(ItemCount destIndex0)</c>: 0 on error.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static partial uint MIDIGetDestination(nuint destIndex0);
    }
}
