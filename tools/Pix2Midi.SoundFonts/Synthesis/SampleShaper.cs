using Pix2Midi.SoundFonts.Sf2;

namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>Turns synthesised points (doubles) into 16-bit samples at a chosen peak.</summary>
public static class SampleShaper
{
    /// <summary>The sample rate of every sample in the bundled font.</summary>
    public const int SampleRate = 32000;

    /// <summary>Scales <paramref name="values"/> so the largest magnitude is <paramref name="peak"/> of full scale, and rounds.</summary>
    public static short[] Quantise(double[] values, double peak)
    {
        ArgumentNullException.ThrowIfNull(values);
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        var scale = max == 0 ? 0 : peak * 32767 / max;
        var points = new short[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            points[i] = (short)Math.Clamp(Math.Round(values[i] * scale), -32767, 32767);
        }

        return points;
    }

    /// <summary>A one-shot sample (no loop is played; the header's loop covers the middle, as the format wants one).</summary>
    public static SampleData OneShot(string name, double[] values, int rootKey, double peak = 0.9)
    {
        var points = Quantise(values, peak);
        return new SampleData(name, points, SampleRate, (byte)rootKey, 0, 8, points.Length - 8);
    }

    /// <summary>
    /// Noise made loopable: the last <paramref name="fadePoints"/> of the loop are crossfaded
    /// (equal power) with the points just before the loop start, so the wrap is seamless.
    /// </summary>
    public static SampleData LoopedNoise(string name, double[] values, int loopStart, int fadePoints, int rootKey, double peak = 0.8)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (loopStart < fadePoints || values.Length - loopStart < 4 * fadePoints)
        {
            throw new ArgumentException("the crossfade needs room before the loop and inside it", nameof(fadePoints));
        }

        var loopEnd = values.Length - 8;
        var loopLength = loopEnd - loopStart;
        var blended = (double[])values.Clone();
        for (var i = 0; i < fadePoints; i++)
        {
            var n = loopEnd - fadePoints + i;
            var w = (i + 0.5) / fadePoints;
            blended[n] = (values[n] * Math.Sqrt(1 - w)) + (values[n - loopLength] * Math.Sqrt(w));
        }

        // The 8 points after the loop repeat its start, so interpolation across the wrap reads the right values.
        for (var n = loopEnd; n < values.Length; n++)
        {
            blended[n] = blended[n - loopLength];
        }

        var points = Quantise(blended, peak);
        return new SampleData(name, points, SampleRate, (byte)rootKey, 0, loopStart, loopEnd);
    }
}
