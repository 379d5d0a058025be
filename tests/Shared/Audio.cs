namespace Pix2Midi.Testing;

/// <summary>Onset and silence searches over interleaved samples.</summary>
public static class Audio
{
    /// <summary>The first frame at or after <paramref name="from"/> where any channel's |sample| exceeds <paramref name="threshold"/>, or -1.</summary>
    public static long FirstAbove(ReadOnlySpan<float> samples, int channels, float threshold, long from = 0)
    {
        for (var i = from * channels; i < samples.Length; i++)
        {
            if (Math.Abs(samples[(int)i]) > threshold)
            {
                return i / channels;
            }
        }

        return -1;
    }

    /// <summary>The last frame where any channel's |sample| exceeds <paramref name="threshold"/>, or -1.</summary>
    public static long LastAbove(ReadOnlySpan<float> samples, int channels, float threshold)
    {
        for (var i = samples.Length - 1; i >= 0; i--)
        {
            if (Math.Abs(samples[i]) > threshold)
            {
                return i / channels;
            }
        }

        return -1;
    }

    /// <summary>The largest |sample| in frames [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static float Peak(ReadOnlySpan<float> samples, int channels, long from, long to)
    {
        var peak = 0f;
        for (var i = from * channels; i < Math.Min(to * channels, samples.Length); i++)
        {
            peak = Math.Max(peak, Math.Abs(samples[(int)i]));
        }

        return peak;
    }
}
