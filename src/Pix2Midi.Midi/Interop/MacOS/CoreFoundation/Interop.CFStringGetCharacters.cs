using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreFoundation
    {
        /// <summary><c>void CFStringGetCharacters(CFStringRef theString, CFRange range, UniChar *buffer)</c>.</summary>
        [LibraryImport(Libraries.CoreFoundation)]
        [SupportedOSPlatform("macos")]
        internal static unsafe partial void CFStringGetCharacters(SafeCFStringHandle theString, CFRange range, char* buffer);
    }
}
