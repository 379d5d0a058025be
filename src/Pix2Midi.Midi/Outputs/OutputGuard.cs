namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Keeps a run playing when one of its MIDI outputs goes away (its port vanished, its server
/// stopped): that output is dropped with one line naming it and the outputs still playing, and
/// the run goes on. When the last one goes, the run stops cleanly instead.
/// </summary>
/// <remarks>
/// <para>
/// Each output opened for the run is wrapped with <see cref="Guard"/>. The first
/// <see cref="MidiOutputException"/> from a wrapped output ends that output: it is sent nothing
/// more (its notes went with it) and is still closed at the end. If another wrapped output is
/// still playing, the loss is told through the notice callback and nothing is thrown, so the player
/// carries on. If none is, the wrapper throws a <see cref="MidiOutputException"/> naming the lost
/// port, and the player stops as for any failed port: note-offs to everything else (the
/// <c>--record</c> file and the preview, which are not wrapped), then exit 1.
/// </para>
/// <para>Notices also carry the lines of outputs that lose and regain their destination themselves (<see cref="IConnectionNotices"/>).</para>
/// <para>For one sending thread, like <see cref="IMidiOutput.Send"/>. Nothing is allocated unless an output is lost.</para>
/// </remarks>
public sealed class OutputGuard
{
    private readonly List<GuardedOutput> _guarded = [];
    private readonly List<string> _lost = [];
    private readonly Action<string> _notice;

    /// <summary>Creates a guard whose lines go to <paramref name="notice"/> (called on the sending thread: it must not wait).</summary>
    public OutputGuard(Action<string> notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        _notice = notice;
    }

    /// <summary>The qualified names of the outputs lost so far, in the order they went.</summary>
    public IReadOnlyList<string> Lost => _lost;

    /// <summary>Wraps <paramref name="output"/>; the wrapper owns it (disposing the wrapper disposes it).</summary>
    public IMidiOutput Guard(IMidiOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output is IConnectionNotices notices)
        {
            notices.Notice = _notice;
        }

        GuardedOutput guarded = output is IDeliveryStatistics ? new GuardedScheduledOutput(this, output) : new GuardedOutput(this, output);
        _guarded.Add(guarded);
        return guarded;
    }

    /// <summary>An output failed: tell, or throw when it was the last one.</summary>
    internal void OnLost(GuardedOutput output, MidiOutputException failure)
    {
        var name = output.Port.QualifiedName;
        _lost.Add(name);
        var playing = _guarded.Where(g => !g.IsLost).Select(g => g.Port.QualifiedName).ToList();
        var reason = failure.Message.TrimEnd('.');
        if (playing.Count == 0)
        {
            throw new MidiOutputException($"{name} is lost: {reason}. No MIDI output is left, so Pix2Midi stopped.", failure);
        }

        _notice($"{name} is lost: {reason}. Playing on to {string.Join(", ", playing)}.");
    }
}
