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

    /// <summary>How long closing may take before the client is left to the process's exit.</summary>
    internal static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(5);

    private static int _abandoned;

    /// <summary>Closes that did not return within <see cref="CloseLimit"/> in this process (libjack may be stuck since).</summary>
    internal static int AbandonedCloses => Volatile.Read(ref _abandoned);

    /// <inheritdoc />
    /// <remarks>
    /// <c>jack_client_close</c> waits without a time limit, for the server and for libjack's own
    /// lock, which a loaded machine has been seen to leave held (a query client's close never
    /// returned, though the server answered others). So it runs on a thread of its own and is waited
    /// for at most <see cref="CloseLimit"/>; a close that does not return is left behind (the server
    /// drops the client when the process ends), and so is the callback's memory, since its thread
    /// may still run.
    /// </remarks>
    protected override bool ReleaseHandle()
    {
        var client = handle;
        var shared = Shared;
        Shared = null;
        // Deactivates first if needed: once it returns, no callback runs any more.
        if (!JackBoundedCall<int>.TryRun("Pix2Midi JACK close", () => Interop.Jack.ClientClose(client), CloseLimit, null, out _))
        {
            Interlocked.Increment(ref _abandoned);
            return true;
        }

        if (shared != null)
        {
            JackShared.Free(shared);
        }

        return true;
    }
}
