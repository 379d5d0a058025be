namespace Pix2Midi.Synth.Offline;

/// <summary>The audio a sink is about to receive.</summary>
/// <param name="SampleRate">Frames per second.</param>
/// <param name="Channels">Samples per frame, interleaved (2: left, right).</param>
/// <param name="TotalFrames">How many frames will come, exactly.</param>
public readonly record struct AudioFormat(int SampleRate, int Channels, long TotalFrames)
{
    /// <summary>How long the audio lasts.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks((long)Math.Round(TotalFrames * (double)TimeSpan.TicksPerSecond / SampleRate));
}
