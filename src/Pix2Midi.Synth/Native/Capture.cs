namespace Pix2Midi.Synth.Native;

/// <summary>What FluidSynth logged on this thread since <see cref="FluidSynthLog.Capture"/>; dispose to stop collecting.</summary>
internal sealed class Capture : IDisposable
{
    private readonly List<string> _messages = [];
    private readonly List<string>? _previous;
    private bool _disposed;

    /// <summary>Starts collecting on the calling thread.</summary>
    public Capture() => _previous = FluidSynthLog.StartCapture(_messages);

    /// <summary>The messages so far, oldest first.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>The messages as one clause, or <paramref name="fallback"/> when there were none.</summary>
    public string Reason(string fallback)
    {
        var parts = _messages.Select(m => m.TrimEnd('.').Replace('\n', ' ')).Where(m => m.Length > 0).Distinct().ToList();
        return parts.Count == 0 ? fallback : string.Join("; ", parts);
    }

    /// <summary>Stops collecting on the calling thread (the thread that started it).</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            FluidSynthLog.EndCapture(_previous);
        }
    }
}
