using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Outputs;

/// <summary>An output wrapped by <see cref="OutputGuard"/>: its first failure ends it, not the run.</summary>
internal class GuardedOutput(OutputGuard guard, IMidiOutput inner) : IMidiOutput
{
    /// <summary>The wrapped output.</summary>
    protected IMidiOutput Inner { get; } = inner;

    /// <summary>Whether it failed and is sent nothing more.</summary>
    public bool IsLost { get; private set; }

    /// <inheritdoc />
    public MidiPortInfo Port => Inner.Port;

    /// <inheritdoc />
    public TimeSpan Lookahead => Inner.Lookahead;

    /// <inheritdoc />
    public bool ReceivesClock => Inner.ReceivesClock;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        if (IsLost)
        {
            return;
        }

        try
        {
            Inner.Send(message, dueTimestamp);
        }
        catch (MidiOutputException e)
        {
            IsLost = true;
            guard.OnLost(this, e);
        }
    }

    /// <inheritdoc />
    public bool Drain(TimeSpan timeout)
    {
        if (IsLost)
        {
            return true;
        }

        try
        {
            return Inner.Drain(timeout);
        }
        catch (MidiOutputException)
        {
            // At the very end: the notes are gone with the port.
            IsLost = true;
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Inner.Dispose();
}
