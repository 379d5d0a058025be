using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreFoundation
    {
        /// <summary><c>CFIndex CFStringGetLength(CFStringRef theString)</c>: in UTF-16 code units.</summary>
        [LibraryImport(Libraries.CoreFoundation)]
        [SupportedOSPlatform("macos")]
        internal static partial nint CFStringGetLength(SafeCFStringHandle theString);
    }
}
