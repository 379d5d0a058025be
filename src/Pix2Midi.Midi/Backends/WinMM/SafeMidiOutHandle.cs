using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>An open WinMM MIDI output (HMIDIOUT), closed with <c>midiOutClose</c>.</summary>
/// <remarks>
/// Closing never calls <c>midiOutReset</c>: that would also reset every controller on all 16
/// channels. The player has sent its own note-offs before an output is disposed.
/// </remarks>
[SupportedOSPlatform("windows")]
internal sealed class SafeMidiOutHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an invalid handle for the marshaller to fill.</summary>
    public SafeMidiOutHandle()
        : base(ownsHandle: true)
    {
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle() => Interop.WinMM.midiOutClose(handle) == Interop.WinMM.MmResult.NoError;
}
