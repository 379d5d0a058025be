using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreFoundation
    {
        /// <summary><c>void CFRelease(CFTypeRef cf)</c>.</summary>
        [LibraryImport(Libraries.CoreFoundation)]
        [SupportedOSPlatform("macos")]
        internal static partial void CFRelease(nint cf);
    }
}
