using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>
/// An ALSA sequencer port of Pix2Midi's own: subscribed to another client's port
/// (<see cref="AlsaBackend.Open"/>) or waiting for others to subscribe (<see cref="AlsaBackend.CreateVirtual"/>).
/// </summary>
/// <remarks>
/// <para>
/// Sends each message the moment <see cref="Send"/> is called, straight to the kernel
/// (<c>snd_seq_event_output_direct</c>, no queue): the player calls it at the due time, so
/// <see cref="Lookahead"/> is zero. The event is packed on the stack: nothing is allocated.
/// </para>
/// <para>
/// The sequencer is opened non-blocking, so a receiving program that does not read never holds
/// up the MIDI thread: what its full queue refuses is dropped and counted, and note-offs are owed
/// and sent again (<see cref="AlsaDelivery"/>). The figures are delivery statistics
/// (<see cref="IDeliveryStatistics"/>: <c>--stats</c> shows sent and delivered; "late" are the
/// note-offs sent again); one line says when dropping starts, and one at the end how it went.
/// </para>
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed unsafe class AlsaOutput : IMidiOutput, IDeliveryStatistics, IConnectionNotices
{
    private readonly AlsaSequencerHandle _sequencer;
    private readonly AlsaDelivery _delivery;
    private bool _toldDropping;

    internal AlsaOutput(AlsaSequencerHandle sequencer, int client, int port, MidiPortInfo info)
    {
        _sequencer = sequencer;
        _delivery = new AlsaDelivery(new EventWriter(sequencer, (byte)client, (byte)port));
        Port = info;
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; }

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <inheritdoc />
    /// <remarks>A MIDI port: it carries the clock (<c>--clock</c>), placed like notes.</remarks>
    public bool ReceivesClock => true;

    /// <inheritdoc />
    public long Delivered => _delivery.Delivered;

    /// <inheritdoc />
    /// <remarks>Note-offs the receiver's queue refused at first and took when sent again.</remarks>
    public long Late => _delivery.Late;

    /// <inheritdoc />
    public TimeSpan MaxLateness => _delivery.MaxLateness;

    /// <summary>Messages dropped because the receiving program's queue was full.</summary>
    public long Dropped => _delivery.Dropped;

    /// <inheritdoc />
    public Action<string>? Notice { get; set; }

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        var result = _delivery.Send(message, dueTimestamp, Stopwatch.GetTimestamp());
        if (result < 0)
        {
            throw Refused(result);
        }

        if (!_toldDropping && (_delivery.Dropped > 0 || _delivery.Owed > 0))
        {
            _toldDropping = true;
            Notice?.Invoke($"{Port.QualifiedName}: the receiving program is not keeping up; what it cannot take is dropped and counted, and note-offs are sent again.");
        }
    }

    /// <inheritdoc />
    /// <remarks>Sends the note-offs still owed, trying for at most <paramref name="timeout"/>; those it cannot send are given up and said.</remarks>
    public bool Drain(TimeSpan timeout)
    {
        var result = _delivery.Drain(timeout);
        if (result < 0)
        {
            throw Refused(result);
        }

        var abandoned = _delivery.Abandon();
        if (abandoned > 0)
        {
            Notice?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{Port.QualifiedName}: {abandoned} note-offs could not be delivered because the receiving program stopped reading: a note may still sound there ({_delivery.Dropped} messages dropped in all)."));
        }
        else if (_toldDropping)
        {
            Notice?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{Port.QualifiedName}: {_delivery.Dropped} messages were dropped because the receiving program did not keep up; every note-off was delivered."));
        }

        return abandoned == 0;
    }

    /// <summary>Closes the sequencer client; its port and subscription go with it.</summary>
    public void Dispose() => _sequencer.Dispose();

    private MidiOutputException Refused(int result) =>
        new($"the ALSA port \"{Port.Name}\" refused a message ({AlsaLibrary.Text(result)}): is its program still running?") { NativeCode = result };

    /// <summary>Packs and sends one event from the port.</summary>
    private sealed class EventWriter(AlsaSequencerHandle sequencer, byte client, byte port) : IAlsaEventWriter
    {
        public int Write(NoteEvent message)
        {
            Span<byte> ev = stackalloc byte[AlsaSequencerEvent.Size];
            AlsaSequencerEvent.Write(message, client, port, ev);
            fixed (byte* pointer = ev)
            {
                return Interop.Alsa.SeqEventOutputDirect(sequencer, pointer);
            }
        }
    }
}
