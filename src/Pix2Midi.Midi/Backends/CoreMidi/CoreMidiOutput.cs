using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Messages;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.CoreMidi;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>A CoreMIDI destination Pix2Midi sends to, or a virtual source it plays from.</summary>
/// <remarks>
/// <para>
/// Each message goes out in its own MIDIPacketList, built with <c>MIDIPacketListInit</c> and
/// <c>MIDIPacketListAdd</c> in one native buffer this output owns, and stamped with the host time
/// of its due timestamp (never 0).
/// </para>
/// <para>
/// To a destination (<c>MIDISend</c>) messages are handed over up to <see cref="ScheduledLookahead"/>
/// early and CoreMIDI plays them at their time. From a virtual source (<c>MIDIReceived</c>) CoreMIDI
/// passes packets on at once with their timestamps and receivers differ in how they treat future
/// ones, so the virtual source sends at the due time (<see cref="Lookahead"/> zero).
/// </para>
/// <para>
/// A message is never stamped earlier than one already handed over: the player's final note-offs,
/// sent "now", must not overtake note-ons still scheduled. The statistics count what CoreMIDI
/// accepted and what was handed over too late for its time. Called from the player's one thread;
/// allocates nothing per message.
/// </para>
/// </remarks>
[SupportedOSPlatform("macos")]
internal sealed class CoreMidiOutput : IMidiOutput, IDeliveryStatistics
{
    /// <summary>How early messages are handed to CoreMIDI for a destination.</summary>
    public static readonly TimeSpan ScheduledLookahead = TimeSpan.FromMilliseconds(50);

    /// <summary>Handed over this long after its time, a message counts as late.</summary>
    public static readonly TimeSpan LateTolerance = TimeSpan.FromMilliseconds(1);

    private const int PacketListSize = 512;
    private static readonly long DrainMargin = Stopwatch.Frequency / 500;

    private readonly MachTimebase _timebase;
    private readonly uint _port;
    private readonly uint _endpoint;
    private readonly bool _isVirtual;
    private readonly long _lateTicks;
    private nint _packetList;
    private long _lastDue = long.MinValue;
    private long _delivered;
    private long _late;
    private long _maxLateTicks;

    private unsafe CoreMidiOutput(MidiPortInfo port, MachTimebase timebase, uint outputPort, uint endpoint, bool isVirtual)
    {
        Port = port;
        _timebase = timebase;
        _port = outputPort;
        _endpoint = endpoint;
        _isVirtual = isVirtual;
        _lateTicks = (long)(LateTolerance.TotalSeconds * Stopwatch.Frequency);
        _packetList = (nint)NativeMemory.AlignedAlloc(PacketListSize, 8);
        Lookahead = isVirtual ? TimeSpan.Zero : ScheduledLookahead;
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; }

    /// <inheritdoc />
    public TimeSpan Lookahead { get; }

    /// <inheritdoc />
    /// <remarks>A MIDI port: it carries the clock (<c>--clock</c>), placed like notes.</remarks>
    public bool ReceivesClock => true;

    /// <inheritdoc />
    public long Delivered => Volatile.Read(ref _delivered);

    /// <inheritdoc />
    public long Late => Volatile.Read(ref _late);

    /// <inheritdoc />
    public TimeSpan MaxLateness => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _maxLateTicks));

    /// <summary>Opens an output port in the session's client and sends through it to <paramref name="destination"/>.</summary>
    public static CoreMidiOutput ToDestination(CoreMidiSession session, MidiPortInfo port, uint destination, string clientName)
    {
        using var name = CFStrings.Create(clientName);
        var status = MIDIOutputPortCreate(session.Client, name, out var outputPort);
        if (status != 0)
        {
            throw CoreMidiErrors.Exception(status, port.Name, "open");
        }

        return new CoreMidiOutput(port, session.Timebase, outputPort, destination, isVirtual: false);
    }

    /// <summary>Creates a virtual source other apps see as a MIDI input called <paramref name="name"/>, with the same unique ID on every launch.</summary>
    public static CoreMidiOutput VirtualSource(CoreMidiSession session, string name)
    {
        using var cfName = CFStrings.Create(name);
        var status = MIDISourceCreate(session.Client, cfName, out var source);
        if (status != 0)
        {
            throw CoreMidiErrors.Exception(status, name, "create");
        }

        var id = VirtualSourceId.For(name);
        for (var attempt = 0; attempt < VirtualSourceId.MaxAttempts; attempt++)
        {
            status = MIDIObjectSetIntegerProperty(source, session.UniqueIdKey, id);
            if (status != (int)MidiStatus.IdNotUnique)
            {
                break;
            }

            id = VirtualSourceId.Next(id);
        }

        // On any failure the source keeps the ID CoreMIDI gave it: it works, a DAW may just not remember it.
        var actual = MIDIObjectGetIntegerProperty(source, session.UniqueIdKey, out var assigned) == 0 ? assigned : id;
        var port = new MidiPortInfo(CoreMidiBackend.BackendName, name, actual.ToString(System.Globalization.CultureInfo.InvariantCulture), IsVirtual: true);
        return new CoreMidiOutput(port, session.Timebase, 0, source, isVirtual: true);
    }

    /// <inheritdoc />
    public unsafe void Send(NoteEvent message, long dueTimestamp)
    {
        ObjectDisposedException.ThrowIf(_packetList == 0, this);
        var data = stackalloc byte[3];
        var length = ShortMessage.Write(message, new Span<byte>(data, 3));
        var due = Math.Max(dueTimestamp, _lastDue);
        var now = Stopwatch.GetTimestamp();
        var hostNow = Interop.LibSystem.mach_absolute_time();
        var hostDue = _timebase.HostTimeAt(due, now, hostNow, Stopwatch.Frequency);

        var list = (byte*)_packetList;
        var packet = MIDIPacketListInit(list);
        packet = MIDIPacketListAdd(list, PacketListSize, packet, hostDue, (nuint)length, data);
        if (packet == null)
        {
            throw new MidiOutputException($"Pix2Midi could not build a MIDI packet for “{Port.Name}” (a Pix2Midi bug: please report it).");
        }

        var status = _isVirtual ? MIDIReceived(_endpoint, list) : MIDISend(_port, _endpoint, list);
        if (status != 0)
        {
            throw CoreMidiErrors.Exception(status, Port.Name, "send to");
        }

        _lastDue = due;
        Volatile.Write(ref _delivered, _delivered + 1);
        var lateness = now - due;
        if (lateness > _lateTicks)
        {
            Volatile.Write(ref _late, _late + 1);
        }

        if (lateness > _maxLateTicks)
        {
            Volatile.Write(ref _maxLateTicks, lateness);
        }
    }

    /// <summary>Waits until the last message's time has passed (CoreMIDI has played everything scheduled).</summary>
    public bool Drain(TimeSpan timeout)
    {
        var start = Stopwatch.GetTimestamp();
        var until = _lastDue == long.MinValue ? long.MinValue : _lastDue + DrainMargin;
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= until)
            {
                return true;
            }

            var left = timeout - Stopwatch.GetElapsedTime(start, now);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            var wait = Stopwatch.GetElapsedTime(now, until);
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Clamp(Math.Min(wait.TotalMilliseconds, left.TotalMilliseconds), 1, 20)));
        }
    }

    /// <summary>
    /// Lets scheduled messages (the player's last note-offs) play, then disposes the output port or
    /// virtual source. The session's client stays.
    /// </summary>
    public unsafe void Dispose()
    {
        if (_packetList == 0)
        {
            return;
        }

        Drain(Lookahead + TimeSpan.FromMilliseconds(20));
        _ = _isVirtual ? MIDIEndpointDispose(_endpoint) : MIDIPortDispose(_port);
        NativeMemory.AlignedFree((void*)_packetList);
        _packetList = 0;
    }
}
