using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreFoundation
    {
        /// <summary><c>CFStringRef CFStringCreateWithCString(CFAllocatorRef alloc, const char *cStr, CFStringEncoding encoding)</c>: a new string the caller releases; 0 on failure.</summary>
        [LibraryImport(Libraries.CoreFoundation)]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial SafeCFStringHandle CFStringCreateWithCString(nint alloc, byte* cStr, uint encoding);
    }
}
