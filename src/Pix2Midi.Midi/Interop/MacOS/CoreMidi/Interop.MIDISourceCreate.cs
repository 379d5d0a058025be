using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>OSStatus MIDISourceCreate(MIDIClientRef client, CFStringRef name, MIDIEndpointRef *outSrc)</c>: a virtual source other apps (a DAW) see as a MIDI input.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static partial int MIDISourceCreate(uint client, SafeCFStringHandle name, out uint outSrc);
    }
}
