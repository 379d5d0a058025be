using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>MIDIPacket *MIDIPacketListAdd(MIDIPacketList *pktlist, ByteCount listSize, MIDIPacket *curPacket, MIDITimeStamp time, ByteCount nData, const Byte *data)</c>: null when the list is full.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial byte* MIDIPacketListAdd(byte* pktlist, nuint listSize, byte* curPacket, ulong time, nuint nData, byte* data);
    }
}
