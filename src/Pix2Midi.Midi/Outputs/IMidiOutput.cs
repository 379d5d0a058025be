using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Outputs;

/// <summary>An open MIDI destination.</summary>
/// <remarks>
/// <para>
/// Times are <see cref="System.Diagnostics.Stopwatch"/> timestamps: one monotonic clock for the
/// player and every backend. An output with a <see cref="Lookahead"/> of zero sends a message the
/// moment <see cref="Send"/> is called, and the player calls it at the message's due time. An
/// output that takes timestamps (JACK frame offsets, CoreMIDI packet times) is handed messages
/// up to <see cref="Lookahead"/> before they are due and delivers each at its due time itself.
/// </para>
/// <para>
/// <see cref="Send"/> is called from the player's one thread; it must not block for long and
/// must not allocate in steady state. Failures surface as <see cref="MidiOutputException"/>.
/// Disposing closes the port; the player has already sent every note-off by then.
/// </para>
/// </remarks>
public interface IMidiOutput : IDisposable
{
    /// <summary>What this output is connected to.</summary>
    MidiPortInfo Port { get; }

    /// <summary>How long before its due time a message may be handed over; zero for outputs that send at once.</summary>
    TimeSpan Lookahead { get; }

    /// <summary>
    /// Whether this output carries the MIDI clock (<c>--clock</c>): true for MIDI ports, which
    /// are sent Start, Timing Clock, Stop and Continue; false for everything else (a MIDI file,
    /// the synthesizer, the console), which the players send none of them.
    /// </summary>
    bool ReceivesClock => false;

    /// <summary>Sends, or schedules, one message.</summary>
    /// <param name="message">The message; its <see cref="NoteEvent.Time"/> is the video time, for display and records only.</param>
    /// <param name="dueTimestamp">When it must sound, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</param>
    /// <exception cref="MidiOutputException">The port is gone or refused the message.</exception>
    void Send(NoteEvent message, long dueTimestamp);

    /// <summary>
    /// Blocks until every message handed over has been delivered, or <paramref name="timeout"/> passes.
    /// Outputs that send at once return at once.
    /// </summary>
    /// <returns>Whether everything was delivered.</returns>
    bool Drain(TimeSpan timeout);
}
