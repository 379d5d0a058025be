using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Keeps every message the player sent, stamped with the video time it was meant for: what
/// <c>--record FILE.mid</c> writes when the run ends, however it ends.
/// </summary>
public sealed class RecordingOutput : IMidiOutput
{
    private readonly List<NoteEvent> _messages = new(4096);

    /// <inheritdoc />
    public MidiPortInfo Port { get; } = new("record", "file", "record");

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <summary>Everything sent so far, in the order it was sent; never the MIDI clock's messages, which a MIDI file does not hold.</summary>
    public IReadOnlyList<NoteEvent> Messages => _messages;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        if (!message.IsClock)
        {
            _messages.Add(message);
        }
    }

    /// <inheritdoc />
    public bool Drain(TimeSpan timeout) => true;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
