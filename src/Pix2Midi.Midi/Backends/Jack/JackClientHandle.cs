using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>An open JACK client (<c>jack_client_t*</c>), closed exactly once.</summary>
/// <remarks>
/// It also owns the native state its process callback reads (<see cref="Shared"/>, when set): that
/// memory is freed only after <c>jack_client_close</c> has returned, so the real-time thread can
/// never see it freed, even when the client is finalized rather than disposed.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed unsafe class JackClientHandle : SafeHandle
{
    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public JackClientHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <summary>The callback's state, freed after the client closes; null for clients without a callback.</summary>
    internal JackShared* Shared { get; set; }

    /// <summary>The raw pointer, for the real-time thread's state (set once, before activation).</summary>
    internal nint Raw => handle;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        // Deactivates first if needed: once this returns, no callback runs any more.
        Interop.Jack.ClientClose(handle);
        if (Shared != null)
        {
            JackShared.Free(Shared);
            Shared = null;
        }

        return true;
    }
}
