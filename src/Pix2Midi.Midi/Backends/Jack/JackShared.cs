using System.Runtime.InteropServices;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>
/// The state the player's thread shares with JACK's real-time thread, in native memory: the ring
/// of scheduled messages, the delivery counters and the flags libjack's other threads raise.
/// </summary>
/// <remarks>
/// <para>
/// Native memory, allocated once, so the callback touches no managed object and needs no
/// <c>GCHandle</c>: its argument is this struct's address. <see cref="JackClientHandle"/> frees it
/// after closing the client.
/// </para>
/// <para>
/// The ring is single-producer (the player's thread writes entries, then publishes
/// <see cref="Head"/> with a release write) and single-consumer (the process callback reads up to
/// <see cref="Head"/>, then publishes <see cref="Tail"/>). Head and tail sit on separate cache lines.
/// </para>
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal unsafe struct JackShared
{
    /// <summary>The raw client, for <c>jack_last_frame_time</c> (set before activation).</summary>
    [FieldOffset(0)]
    public nint Client;

    /// <summary>The output port (set before activation).</summary>
    [FieldOffset(8)]
    public nint Port;

    /// <summary>The ring's entries; the capacity is a power of two.</summary>
    [FieldOffset(16)]
    public JackRingEntry* Entries;

    /// <summary>Capacity − 1.</summary>
    [FieldOffset(24)]
    public long Mask;

    /// <summary>Entries written so far (producer's counter).</summary>
    [FieldOffset(64)]
    public long Head;

    /// <summary>Entries consumed so far (consumer's counter).</summary>
    [FieldOffset(128)]
    public long Tail;

    /// <summary>Process callbacks completed.</summary>
    [FieldOffset(136)]
    public long Cycles;

    /// <summary>Messages written into a period's buffer.</summary>
    [FieldOffset(144)]
    public long Delivered;

    /// <summary>Messages written in a later period than the one that held their frame.</summary>
    [FieldOffset(152)]
    public long Late;

    /// <summary>The worst lateness, in frames.</summary>
    [FieldOffset(160)]
    public long MaxLateFrames;

    /// <summary>Bytes the real-time thread has allocated in managed code, as it saw it at its last call (should never move).</summary>
    [FieldOffset(168)]
    public long CallbackAllocatedBytes;

    /// <summary>Non-zero once the callback caught an exception (it keeps running, sending nothing).</summary>
    [FieldOffset(176)]
    public int Faulted;

    /// <summary>Non-zero once the server stopped or dropped the client.</summary>
    [FieldOffset(192)]
    public int ShutDown;

    /// <summary>Non-zero when some port of the server went away since the player last looked.</summary>
    [FieldOffset(196)]
    public int PortsChanged;

    /// <summary>Allocates zeroed state with a ring of <paramref name="capacity"/> entries (a power of two).</summary>
    public static JackShared* Allocate(int capacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be a power of two");
        }

        var shared = (JackShared*)NativeMemory.AlignedAlloc((nuint)sizeof(JackShared), 64);
        NativeMemory.Clear(shared, (nuint)sizeof(JackShared));
        var bytes = (nuint)(capacity * sizeof(JackRingEntry));
        shared->Entries = (JackRingEntry*)NativeMemory.AlignedAlloc(bytes, 64);
        NativeMemory.Clear(shared->Entries, bytes);
        shared->Mask = capacity - 1;
        return shared;
    }

    /// <summary>Frees what <see cref="Allocate"/> returned; only once no callback can run.</summary>
    public static void Free(JackShared* shared)
    {
        NativeMemory.AlignedFree(shared->Entries);
        NativeMemory.AlignedFree(shared);
    }
}
