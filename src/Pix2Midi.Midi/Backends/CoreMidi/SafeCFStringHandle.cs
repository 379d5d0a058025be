using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>A CFStringRef this process owns (created, or returned by a CoreMIDI getter), released with <c>CFRelease</c>.</summary>
[SupportedOSPlatform("macos")]
internal sealed class SafeCFStringHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an invalid handle for the marshaller to fill.</summary>
    public SafeCFStringHandle()
        : base(ownsHandle: true)
    {
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Interop.CoreFoundation.CFRelease(handle);
        return true;
    }
}
