using System.Diagnostics;
using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Messages;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>
/// A JACK MIDI output port that places every message at its exact frame: connected to another
/// client's MIDI input (<see cref="JackBackend.Open"/>) or waiting for others to connect to it
/// (<see cref="JackBackend.CreateVirtual"/>).
/// </summary>
/// <remarks>
/// <para>
/// The player hands messages over up to <see cref="Lookahead"/> early with their due
/// <see cref="Stopwatch"/> time. The first message anchors Stopwatch time to JACK's frame clock;
/// every message then gets the absolute frame <c>anchor + round((due − firstDue) × rate / Stopwatch.Frequency)</c>
/// (<see cref="JackSchedule"/>), so spacing is sample-exact. About once a second the anchor is
/// compared with <c>jack_frame_time()</c>; if a sound card's clock has drifted more than
/// max(10 ms, 2 periods) from the system clock, the anchor moves by the drift.
/// </para>
/// <para>
/// Messages travel to JACK's real-time thread through a lock-free single-producer,
/// single-consumer ring in native memory (<see cref="JackShared"/>); the process callback
/// (<see cref="JackCallbacks.Process"/>) writes each in the period that holds its frame. One that
/// arrives after that period is written at the start of the current one and counted in
/// <see cref="Late"/>. <see cref="Send"/> is for one thread at a time and allocates nothing.
/// </para>
/// <para>
/// When the port it feeds goes away (its program quit), the output does not fail: it says so
/// through <see cref="Notice"/>, plays on into its own port (which anyone can connect in the JACK
/// graph), and connects again by itself when a port of that name is back. A program that comes
/// back is a new one, with its own sounds: the output sends it the last program change it sent on
/// each channel (a mapping's instruments) again, ahead of the next message. When the server stops,
/// <see cref="Send"/> fails with <see cref="MidiOutputException"/>.
/// </para>
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed unsafe class JackOutput : IMidiOutput, IDeliveryStatistics, IConnectionNotices
{
    /// <summary>Messages the ring holds: far more than a lookahead's worth at any note rate.</summary>
    internal const int RingCapacity = 4096;

    private const string OwnPortName = "out";
    private const string ServerStopped = "the JACK server stopped; start it again (jackd or QjackCtl) and restart Pix2Midi, or pick another port";

    private static readonly TimeSpan MinimumLookahead = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FullTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MinimumDriftTolerance = TimeSpan.FromMilliseconds(10);
    private static readonly long ReconnectEvery = Stopwatch.Frequency / 2;
    private static readonly TimeSpan WatchEvery = TimeSpan.FromMilliseconds(100);

    private readonly JackClientHandle _client;
    private readonly JackShared* _shared;
    private readonly JackSchedule _schedule;
    private readonly string? _destination;
    private readonly int _driftToleranceFrames;
    private uint _lastFrame;
    private long _drainedHead;
    private long _nextDriftCheck;
    private readonly ManualResetEventSlim _stopWatching = new();
    private Thread? _watcher;
    private volatile bool _destinationGone;
    private readonly byte[] _programs = new byte[16];
    private int _programsSent;
    private int _resendPrograms;
    private bool _disposed;
    private (long Delivered, long Late, long MaxLateFrames, long Allocated) _final;

    private JackOutput(JackClientHandle client, JackShared* shared, MidiPortInfo port, string ownPort, string? destination)
    {
        _client = client;
        _shared = shared;
        _destination = destination;
        Port = port;
        OwnPort = ownPort;
        SampleRate = Interop.Jack.GetSampleRate(client);
        PeriodFrames = Interop.Jack.GetBufferSize(client);
        _schedule = new JackSchedule(SampleRate, Stopwatch.Frequency);
        var periods = TimeSpan.FromSeconds(3.0 * PeriodFrames / SampleRate);
        Lookahead = periods > MinimumLookahead ? periods : MinimumLookahead;
        _driftToleranceFrames = (int)Math.Max(2 * PeriodFrames, _schedule.FramesIn((long)(MinimumDriftTolerance.TotalSeconds * Stopwatch.Frequency)));
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; }

    /// <summary>This output's own JACK port, <c>client:out</c>.</summary>
    public string OwnPort { get; }

    /// <summary>The server's sample rate.</summary>
    public uint SampleRate { get; }

    /// <summary>The server's period, in frames.</summary>
    public uint PeriodFrames { get; }

    /// <inheritdoc />
    /// <remarks>max(20 ms, 3 periods): room for the player's wake-up jitter and one period of JACK's own.</remarks>
    public TimeSpan Lookahead { get; }

    /// <inheritdoc />
    /// <remarks>A MIDI port: it carries the clock (<c>--clock</c>), placed like notes.</remarks>
    public bool ReceivesClock => true;

    /// <inheritdoc />
    public long Delivered => _disposed ? _final.Delivered : Volatile.Read(ref _shared->Delivered);

    /// <inheritdoc />
    public long Late => _disposed ? _final.Late : Volatile.Read(ref _shared->Late);

    /// <inheritdoc />
    public TimeSpan MaxLateness => _schedule.Duration(_disposed ? _final.MaxLateFrames : Volatile.Read(ref _shared->MaxLateFrames));

    /// <inheritdoc />
    public Action<string>? Notice { get; set; }

    /// <summary>Whether the port fed went away and has not been connected again yet.</summary>
    public bool DestinationGone => _destinationGone;

    /// <summary>Times the anchor moved to follow a drifting sound-card clock.</summary>
    internal int Reanchors { get; private set; }

    /// <summary>Managed bytes JACK's real-time thread had allocated at its latest period; constant once warmed up.</summary>
    internal long CallbackAllocatedBytes => _disposed ? _final.Allocated : Volatile.Read(ref _shared->CallbackAllocatedBytes);

    /// <inheritdoc />
    /// <exception cref="MidiOutputException">The server stopped, or stopped taking messages.</exception>
    public void Send(NoteEvent message, long dueTimestamp)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CheckState();
        Span<byte> bytes = stackalloc byte[3];
        var length = ShortMessage.Write(message, bytes);
        var now = Stopwatch.GetTimestamp();
        if (!_schedule.IsAnchored)
        {
            _schedule.Anchor(dueTimestamp, now, Interop.Jack.FrameTime(_client));
            _nextDriftCheck = now + Stopwatch.Frequency;
        }
        else if (now >= _nextDriftCheck)
        {
            FollowDrift();
            _nextDriftCheck = now + Stopwatch.Frequency;
        }

        var frame = _schedule.FrameAt(dueTimestamp);
        if (_shared->Head > 0 && JackSchedule.Difference(frame, _lastFrame) < 0)
        {
            // JACK wants offsets in order; a message due earlier than the one before goes with it.
            frame = _lastFrame;
        }

        if (_programsSent != 0 && Interlocked.Exchange(ref _resendPrograms, 0) != 0)
        {
            // The port fed came back as a new program: it gets the instruments again, first.
            ResendPrograms(frame);
        }

        if (message.Kind == NoteEventKind.ProgramChange)
        {
            _programs[message.Channel] = message.Data1;
            _programsSent |= 1 << message.Channel;
        }

        Enqueue(frame, bytes, length);
        _lastFrame = frame;
    }

    /// <inheritdoc />
    /// <remarks>Waits until the ring is empty and two more periods have run, so the last message has left this client.</remarks>
    public bool Drain(TimeSpan timeout)
    {
        if (_disposed)
        {
            return true;
        }

        var head = _shared->Head;
        if (head == _drainedHead)
        {
            return true;
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        if (!WaitFor(&HasConsumed, head, deadline))
        {
            return false;
        }

        var cycles = Volatile.Read(ref _shared->Cycles);
        if (!WaitFor(&HasCycled, cycles + 2, deadline))
        {
            return false;
        }

        _drainedHead = head;
        return true;
    }

    /// <summary>Deactivates and closes the client; its port disappears from the JACK graph.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _stopWatching.Set();
        _watcher?.Join();
        if (Volatile.Read(ref _shared->ShutDown) == 0)
        {
            // Returns after the last process callback: the counters are final from here on.
            Interop.Jack.Deactivate(_client);
        }

        _final = (Delivered, Late, Volatile.Read(ref _shared->MaxLateFrames), CallbackAllocatedBytes);
        _disposed = true;
        _client.Dispose();
        _stopWatching.Dispose();
    }

    /// <summary>Opens a client with one MIDI output port, running and warmed up; connects it to <paramref name="destination"/> when given.</summary>
    /// <exception cref="MidiOutputException">Anything failed; the client is closed again.</exception>
    internal static JackOutput Start(string? serverName, string clientName, string? destination)
    {
        var client = JackLibrary.Open(clientName, serverName);
        try
        {
            var shared = JackShared.Allocate(RingCapacity);
            client.Shared = shared;
            var port = Interop.Jack.PortRegister(client, OwnPortName, Interop.Jack.MidiPortType, (nuint)Interop.Jack.JackPortFlags.IsOutput, 0);
            if (port == 0)
            {
                throw new MidiOutputException($"JACK refused to create the MIDI port \"{clientName}:{OwnPortName}\": restart the server, or pick another port");
            }

            shared->Client = client.Raw;
            shared->Port = port;
            var arg = (nint)shared;
            Check(Interop.Jack.SetProcessCallback(client, &JackCallbacks.Process, arg), "set up its real-time callback");
            Check(Interop.Jack.SetPortRegistrationCallback(client, &JackCallbacks.PortRegistration, arg), "watch the ports");
            Interop.Jack.OnShutdown(client, &JackCallbacks.Shutdown, arg);
            Check(Interop.Jack.Activate(client), "start");
            var ownPort = JackLibrary.Text(Interop.Jack.PortName(port));
            var info = destination is null
                ? new MidiPortInfo(JackBackend.BackendName, ownPort, ownPort, IsVirtual: true)
                : new MidiPortInfo(JackBackend.BackendName, destination, destination);
            var output = new JackOutput(client, shared, info, ownPort, destination);
            output.WarmUp();
            if (destination is not null)
            {
                output.ConnectTo(destination);
                output._watcher = new Thread(output.Watch) { IsBackground = true, Name = "Pix2Midi JACK watcher" };
                output._watcher.Start();
            }

            return output;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static void Check(int result, string what)
    {
        if (result != 0)
        {
            throw new MidiOutputException($"the JACK server would not let Pix2Midi {what} (error {result}): restart the server, or pick another port") { NativeCode = result };
        }
    }

    /// <summary>Waits for the first process call: it attaches JACK's thread to the runtime and compiles the callback, before any message is due.</summary>
    private void WarmUp()
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(WarmUpTimeout.TotalSeconds * Stopwatch.Frequency);
        if (!WaitFor(&HasCycled, 1, deadline))
        {
            throw new MidiOutputException(Volatile.Read(ref _shared->ShutDown) != 0
                ? ServerStopped
                : "the JACK server never ran Pix2Midi's client (is it stuck?): restart the server, or pick another port");
        }
    }

    /// <summary>
    /// Connects to <paramref name="destination"/> and returns once the connection is in the graph
    /// the server runs. <c>jack_connect</c> returns when the server has put the connection into its
    /// next graph; that graph replaces the running one at the start of a later period, only once
    /// every client finished the period before (on a loaded machine, several periods later). Until
    /// then nothing we write reaches the port and no client, <c>jack_lsp</c> included, sees the connection.
    /// </summary>
    private void ConnectTo(string destination)
    {
        var result = Interop.Jack.Connect(_client, OwnPort, destination);
        if (result is 0 or Interop.Jack.AlreadyConnected)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(WarmUpTimeout.TotalSeconds * Stopwatch.Frequency);
            while (Interop.Jack.PortConnectedTo(_shared->Port, destination) == 0)
            {
                if (Volatile.Read(ref _shared->ShutDown) != 0)
                {
                    throw new MidiOutputException(ServerStopped);
                }

                if (Interop.Jack.PortByName(_client, destination) == 0)
                {
                    throw new MidiOutputException(Gone(destination));
                }

                if (Stopwatch.GetTimestamp() > deadline)
                {
                    throw new MidiOutputException($"the JACK server took Pix2Midi's connection to the port \"{destination}\" but never made it (is it stuck?): restart the server, or pick another port");
                }

                Thread.Sleep(1);
            }

            return;
        }

        throw new MidiOutputException(Interop.Jack.PortByName(_client, destination) == 0
            ? Gone(destination)
            : $"JACK would not connect Pix2Midi to the port \"{destination}\" (error {result}): is it a MIDI input?")
        {
            NativeCode = result,
        };
    }

    /// <summary>Fails when the server stopped or the callback failed.</summary>
    private void CheckState()
    {
        if (Volatile.Read(ref _shared->ShutDown) != 0)
        {
            throw new MidiOutputException(ServerStopped);
        }

        if (Volatile.Read(ref _shared->Faulted) != 0)
        {
            throw new MidiOutputException("the JACK output failed inside its real-time callback; restart Pix2Midi");
        }
    }

    /// <summary>
    /// The watcher thread (only for an output that feeds a port): notices the port fed going away,
    /// and connects to it again when it is back. Never on the player's thread: asking the server
    /// to connect takes milliseconds, tens of them on a busy machine.
    /// </summary>
    private void Watch()
    {
        var destination = _destination!;
        var nextAttempt = 0L;
        while (!_stopWatching.Wait(WatchEvery) && Volatile.Read(ref _shared->ShutDown) == 0)
        {
            if (!_destinationGone)
            {
                if (Interlocked.Exchange(ref _shared->PortsChanged, 0) == 0)
                {
                    continue;
                }

                // Some port went away. If it was the one fed and it is back already, the connection went with it.
                var result = Reconnect(destination);
                if (result == 0)
                {
                    Volatile.Write(ref _resendPrograms, 1);
                    Notice?.Invoke($"{Port.QualifiedName} went away and came back: connected again.");
                }
                else if (result != Interop.Jack.AlreadyConnected)
                {
                    _destinationGone = true;
                    nextAttempt = Stopwatch.GetTimestamp() + ReconnectEvery;
                    Notice?.Invoke($"{Port.QualifiedName} went away (did its program quit?): Pix2Midi plays on into its own JACK port {OwnPort} and connects to {destination} again when it is back.");
                }

                continue;
            }

            var now = Stopwatch.GetTimestamp();
            if (now < nextAttempt)
            {
                continue;
            }

            // Twice a second while it is gone (connecting fails until the new client is active).
            nextAttempt = now + ReconnectEvery;
            if (Reconnect(destination) is 0 or Interop.Jack.AlreadyConnected)
            {
                Volatile.Write(ref _resendPrograms, 1);
                Interlocked.Exchange(ref _shared->PortsChanged, 0);
                _destinationGone = false;
                Notice?.Invoke($"{Port.QualifiedName} is back: connected again.");
            }
        }
    }

    /// <summary>Enqueues, at <paramref name="frame"/>, the last program change sent on each channel.</summary>
    private void ResendPrograms(uint frame)
    {
        Span<byte> bytes = stackalloc byte[2];
        for (var channel = 0; channel < _programs.Length; channel++)
        {
            if ((_programsSent & (1 << channel)) != 0)
            {
                bytes[0] = (byte)((byte)NoteEventKind.ProgramChange | channel);
                bytes[1] = _programs[channel];
                Enqueue(frame, bytes, 2);
            }
        }
    }

    /// <summary>Connects to <paramref name="destination"/> if it exists: 0 when connected now, <see cref="Interop.Jack.AlreadyConnected"/>, or a failure (−1: no such port).</summary>
    private int Reconnect(string destination) =>
        Interop.Jack.PortByName(_client, destination) == 0 ? -1 : Interop.Jack.Connect(_client, OwnPort, destination);

    private void FollowDrift()
    {
        var before = Stopwatch.GetTimestamp();
        var frame = Interop.Jack.FrameTime(_client);
        var after = Stopwatch.GetTimestamp();
        if (after - before > Stopwatch.Frequency / 2000)
        {
            // Preempted between the two clocks: the pair says nothing. Try again next time.
            return;
        }

        var drift = JackSchedule.Difference(frame, _schedule.FrameAt(before + ((after - before) / 2)));
        if (Math.Abs((long)drift) > _driftToleranceFrames)
        {
            _schedule.Shift(drift);
            Reanchors++;
        }
    }

    private void Enqueue(uint frame, ReadOnlySpan<byte> bytes, int length)
    {
        var head = _shared->Head;
        if (head - Volatile.Read(ref _shared->Tail) > _shared->Mask)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(FullTimeout.TotalSeconds * Stopwatch.Frequency);
            if (!WaitFor(&HasRoom, head, deadline))
            {
                throw new MidiOutputException(Volatile.Read(ref _shared->ShutDown) != 0
                    ? ServerStopped
                    : "the JACK output buffer is full: the JACK server has stopped taking Pix2Midi's messages; restart it, or pick another port");
            }
        }

        var entry = _shared->Entries + (head & _shared->Mask);
        entry->Frame = frame;
        entry->Status = bytes[0];
        entry->Data1 = length > 1 ? bytes[1] : (byte)0;
        entry->Data2 = length > 2 ? bytes[2] : (byte)0;
        entry->Length = (byte)length;
        Volatile.Write(ref _shared->Head, head + 1);
    }

    /// <summary>Polls <paramref name="done"/> every millisecond until it holds, the server stops, or <paramref name="deadline"/> passes.</summary>
    private bool WaitFor(delegate*<JackShared*, long, bool> done, long value, long deadline)
    {
        while (!done(_shared, value))
        {
            if (Volatile.Read(ref _shared->ShutDown) != 0 || Stopwatch.GetTimestamp() > deadline)
            {
                return done(_shared, value);
            }

            Thread.Sleep(1);
        }

        return true;
    }

    private static bool HasConsumed(JackShared* shared, long head) => Volatile.Read(ref shared->Tail) == head;

    private static bool HasCycled(JackShared* shared, long cycles) => Volatile.Read(ref shared->Cycles) >= cycles;

    private static bool HasRoom(JackShared* shared, long head) => head - Volatile.Read(ref shared->Tail) <= shared->Mask;

    private static string Gone(string port) =>
        $"the JACK port \"{port}\" is gone (did its program quit?): start it again, or pick another port (`pix2midi ports` lists them)";
}
