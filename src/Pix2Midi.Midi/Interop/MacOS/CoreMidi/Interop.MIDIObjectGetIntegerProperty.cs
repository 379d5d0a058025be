using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreMidi
    {
        /// <summary><c>OSStatus MIDIObjectGetIntegerProperty(MIDIObjectRef obj, CFStringRef propertyID, SInt32 *outValue)</c>.</summary>
        [LibraryImport(Libraries.CoreMidi)]
        [SupportedOSPlatform("macos")]
        internal static partial int MIDIObjectGetIntegerProperty(uint obj, nint propertyID, out int outValue);
    }
}
