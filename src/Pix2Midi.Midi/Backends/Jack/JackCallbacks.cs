using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>The functions libjack calls back, each on a thread of its own.</summary>
/// <remarks>
/// <see cref="Process"/> runs on JACK's real-time thread once a period. It allocates nothing,
/// takes no lock, writes nothing to the console and lets no exception escape (one escaping a
/// native callback ends the process). Its only input is the <see cref="JackShared"/> whose address
/// libjack hands it.
/// </remarks>
[SupportedOSPlatform("linux")]
internal static unsafe class JackCallbacks
{
    /// <summary>The process callback: writes every message due in this period at its frame offset.</summary>
    /// <param name="frames">The period's length.</param>
    /// <param name="arg">The <see cref="JackShared"/>.</param>
    /// <returns>0, to keep the client running.</returns>
    [UnmanagedCallersOnly]
    public static int Process(uint frames, nint arg)
    {
        var shared = (JackShared*)arg;
        try
        {
            var buffer = Interop.Jack.PortGetBuffer(shared->Port, frames);
            Interop.Jack.MidiClearBuffer(buffer);
            if (shared->Faulted == 0)
            {
                WriteDue(shared, buffer, frames);
            }

            shared->CallbackAllocatedBytes = GC.GetAllocatedBytesForCurrentThread();
        }
        catch (Exception)
        {
            shared->Faulted = 1;
        }

        Volatile.Write(ref shared->Cycles, shared->Cycles + 1);
        return 0;
    }

    /// <summary>Called when the server stops or drops the client: raises the flag the next send sees.</summary>
    /// <param name="arg">The <see cref="JackShared"/>.</param>
    [UnmanagedCallersOnly]
    public static void Shutdown(nint arg) => Volatile.Write(ref ((JackShared*)arg)->ShutDown, 1);

    /// <summary>Called when any port appears or goes away: a port that went away may be the one we feed.</summary>
    /// <param name="port">The port's id.</param>
    /// <param name="registered">Non-zero when it appeared.</param>
    /// <param name="arg">The <see cref="JackShared"/>.</param>
    [UnmanagedCallersOnly]
    public static void PortRegistration(uint port, int registered, nint arg)
    {
        if (registered == 0)
        {
            Volatile.Write(ref ((JackShared*)arg)->PortsChanged, 1);
        }
    }

    /// <summary>Swallows libjack's own messages: Pix2Midi says what went wrong in one line of its own.</summary>
    /// <param name="message">The message, ignored.</param>
    [UnmanagedCallersOnly]
    public static void Ignore(nint message)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteDue(JackShared* shared, nint buffer, uint frames)
    {
        var periodStart = Interop.Jack.LastFrameTime(shared->Client);
        var tail = shared->Tail;
        var head = Volatile.Read(ref shared->Head);
        var previousOffset = 0u;
        long delivered = 0, late = 0, maxLate = shared->MaxLateFrames;
        while (tail != head)
        {
            var entry = shared->Entries + (tail & shared->Mask);
            var due = JackSchedule.Difference(entry->Frame, periodStart);
            if (due >= (int)frames)
            {
                break;
            }

            var offset = due < 0 ? 0u : (uint)due;
            if (offset < previousOffset)
            {
                offset = previousOffset;
            }

            var result = Interop.Jack.MidiEventWrite(buffer, offset, &entry->Status, entry->Length);
            if (result == Interop.Jack.NoBufferSpace)
            {
                // Full for this period: the rest goes out at the start of the next one (late).
                break;
            }

            if (result == 0)
            {
                delivered++;
                if (due < 0)
                {
                    late++;
                    maxLate = Math.Max(maxLate, -(long)due);
                }

                previousOffset = offset;
            }

            tail++;
        }

        shared->Delivered += delivered;
        shared->Late += late;
        shared->MaxLateFrames = maxLate;
        Volatile.Write(ref shared->Tail, tail);
    }
}
