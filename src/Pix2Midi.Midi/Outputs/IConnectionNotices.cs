namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Implemented by outputs that keep working when what they feed goes away and comes back (a JACK
/// output whose destination's program quit and was started again): instead of failing, they say
/// so in one line.
/// </summary>
public interface IConnectionNotices
{
    /// <summary>
    /// Called with one line for the user when the destination went away or came back; on the
    /// thread that sends, so it must not wait (hand it to <see cref="ConsoleLines"/>).
    /// </summary>
    Action<string>? Notice { get; set; }
}
