namespace Pix2Midi.Midi.Timing;

/// <summary>What a thread got when it asked for real-time priority (<see cref="RealtimePriority.RaiseCurrentThread"/>); dispose it on that thread to put the thread back as it was.</summary>
public sealed class RealtimeGrant : IDisposable
{
    private Action? _restore;

    internal RealtimeGrant(bool granted, Action? restore)
    {
        Granted = granted;
        _restore = restore;
    }

    /// <summary>Whether the thread runs at real-time priority.</summary>
    public bool Granted { get; }

    /// <summary>Puts the thread back to the priority it had; call it on the thread that asked (once is enough).</summary>
    public void Dispose()
    {
        var restore = _restore;
        _restore = null;
        restore?.Invoke();
    }
}
