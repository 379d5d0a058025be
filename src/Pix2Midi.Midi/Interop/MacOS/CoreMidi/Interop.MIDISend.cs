using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>OSStatus MIDISend(MIDIPortRef port, MIDIEndpointRef dest, const MIDIPacketList *pktlist)</c>: packets with future timestamps are scheduled by CoreMIDI.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial int MIDISend(uint port, uint dest, byte* pktlist);
    }
}
