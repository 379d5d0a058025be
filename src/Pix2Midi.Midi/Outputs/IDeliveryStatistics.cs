namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Implemented by outputs that deliver scheduled messages themselves (JACK, CoreMIDI), so the
/// player can report how late they really sounded, not only when it handed them over; and by
/// outputs that may drop what a receiver cannot take (ALSA), so it can report what arrived.
/// </summary>
public interface IDeliveryStatistics
{
    /// <summary>Messages delivered so far.</summary>
    long Delivered { get; }

    /// <summary>Messages delivered after their due time (for JACK: not in the period that held their due frame).</summary>
    long Late { get; }

    /// <summary>The worst lateness so far.</summary>
    TimeSpan MaxLateness { get; }
}
