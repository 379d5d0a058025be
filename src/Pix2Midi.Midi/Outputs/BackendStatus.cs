namespace Pix2Midi.Midi.Outputs;

/// <summary>Whether a backend can be used here.</summary>
/// <param name="Available">True when it can list and open ports now.</param>
/// <param name="Reason">When not available: one line saying why and what to do, e.g. "no JACK server is running; start one with jackd or QjackCtl".</param>
public readonly record struct BackendStatus(bool Available, string? Reason)
{
    /// <summary>Available.</summary>
    public static BackendStatus Ready => new(true, null);

    /// <summary>Not available, because of <paramref name="reason"/>.</summary>
    public static BackendStatus Unavailable(string reason) => new(false, reason);
}
