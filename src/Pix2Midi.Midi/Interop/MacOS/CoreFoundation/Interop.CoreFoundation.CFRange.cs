using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class CoreFoundation
    {
        /// <summary><c>kCFStringEncodingUTF8</c>.</summary>
        internal const uint KCFStringEncodingUtf8 = 0x08000100;

        /// <summary><c>CFRange</c>: { CFIndex location; CFIndex length; }, 16 bytes on 64-bit macOS.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal readonly struct CFRange(nint location, nint length)
        {
            /// <summary>The first UTF-16 unit.</summary>
            public readonly nint Location = location;

            /// <summary>How many UTF-16 units.</summary>
            public readonly nint Length = length;
        }
    }
}
