using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>MIDIPacket *MIDIPacketListInit(MIDIPacketList *pktlist)</c>: empties the list and returns its first packet.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial byte* MIDIPacketListInit(byte* pktlist);
    }
}
