using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>OSStatus MIDIOutputPortCreate(MIDIClientRef client, CFStringRef portName, MIDIPortRef *outPort)</c>.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static partial int MIDIOutputPortCreate(uint client, SafeCFStringHandle portName, out uint outPort);
    }
}
