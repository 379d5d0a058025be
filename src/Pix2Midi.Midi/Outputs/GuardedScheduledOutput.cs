namespace Pix2Midi.Midi.Outputs;

/// <summary>A guarded output that schedules (JACK, CoreMIDI): its delivery figures still reach <c>--stats</c>.</summary>
internal sealed class GuardedScheduledOutput(OutputGuard guard, IMidiOutput inner) : GuardedOutput(guard, inner), IDeliveryStatistics
{
    /// <inheritdoc />
    public long Delivered => ((IDeliveryStatistics)Inner).Delivered;

    /// <inheritdoc />
    public long Late => ((IDeliveryStatistics)Inner).Late;

    /// <inheritdoc />
    public TimeSpan MaxLateness => ((IDeliveryStatistics)Inner).MaxLateness;
}
