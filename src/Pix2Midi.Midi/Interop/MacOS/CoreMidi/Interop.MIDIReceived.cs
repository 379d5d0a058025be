using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>OSStatus MIDIReceived(MIDIEndpointRef src, const MIDIPacketList *pktlist)</c>: distributes packets from a virtual source to the clients connected to it; a timestamp of 0 is not "now" here.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial int MIDIReceived(uint src, byte* pktlist);
    }
}
