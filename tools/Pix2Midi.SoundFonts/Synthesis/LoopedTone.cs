using Pix2Midi.SoundFonts.Sf2;

namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>
/// Additive tones that loop perfectly: an onset in which each partial glides from its attack
/// level to its steady level, then a loop that holds a whole number of cycles of every partial.
/// </summary>
/// <remarks>
/// The loop is <c>L</c> points long and the fundamental makes <c>k</c> whole cycles in it, so the
/// fundamental is <c>k·rate/L</c>, a hair off the key's true pitch; the sample header's pitch
/// correction (whole cents) takes up the difference. Every partial makes a whole number of
/// cycles per loop too (its ratio is rounded to a multiple of 1/k), so inharmonic bells and
/// detuned choruses loop as cleanly as a plain harmonic tone: the point after the loop end
/// equals the loop's first point. The phase of partial <c>c</c> at point <c>n</c> is computed
/// from the integer <c>c·n mod L</c>, so it never drifts.
/// </remarks>
public static class LoopedTone
{
    /// <summary>Synthesises one sample.</summary>
    /// <param name="name">The sample name.</param>
    /// <param name="rootKey">The MIDI key it sounds at.</param>
    /// <param name="loopSeconds">Rough loop length; longer gives finer ratios and slower beating.</param>
    /// <param name="leadSeconds">Length of the onset before the loop (at least 2 ms).</param>
    /// <param name="partials">The components.</param>
    /// <param name="transient">Extra onset sound (a hammer, a pick), given the point index; faded to zero by the loop start.</param>
    /// <param name="highestHz">Partials above this are left out, so transposing up does not alias.</param>
    /// <param name="peak">Peak level, fraction of full scale.</param>
    public static SampleData Build(
        string name,
        int rootKey,
        double loopSeconds,
        double leadSeconds,
        IReadOnlyList<Partial> partials,
        Func<int, double>? transient = null,
        double highestHz = 11000,
        double peak = 0.8)
    {
        ArgumentNullException.ThrowIfNull(partials);
        const int rate = SampleShaper.SampleRate;
        var hertz = DeterministicMath.KeyToHertz(rootKey);
        // An even count, so a sub-octave partial (ratio 0.5) also makes whole cycles.
        var cycles = Math.Max(2, 2 * (long)Math.Round(hertz * loopSeconds / 2));
        var loop = (int)Math.Round(cycles * (double)rate / hertz);
        while (loop < 64)
        {
            cycles *= 2;
            loop = (int)Math.Round(cycles * (double)rate / hertz);
        }

        var played = cycles * (double)rate / loop;
        var lead = Math.Max(64, (int)Math.Round(leadSeconds * rate));
        var length = lead + loop + 16;
        var values = new double[length];

        foreach (var partial in partials)
        {
            var c = (long)Math.Round(partial.Ratio * cycles) + partial.CycleOffset;
            if (c <= 0 || c * (double)rate / loop > highestHz)
            {
                continue;
            }

            var tau = Math.Max(partial.AttackSeconds, 1e-4) * rate;
            var endShape = DeterministicMath.Exp(-lead / tau);
            for (var n = 0; n < length; n++)
            {
                var amplitude = partial.Steady;
                if (n < lead)
                {
                    var shape = (DeterministicMath.Exp(-n / tau) - endShape) / (1 - endShape);
                    amplitude += (partial.Attack - partial.Steady) * shape;
                }

                var turns = (c * n % loop / (double)loop) + partial.Phase;
                values[n] += amplitude * DeterministicMath.SinTurns(turns);
            }
        }

        if (transient is not null)
        {
            for (var n = 0; n < lead; n++)
            {
                var fade = 1 - (n / (double)lead);
                values[n] += transient(n) * fade * fade;
            }
        }

        // A short fade-in, so the first point is zero whatever the phases.
        const int fadeIn = 32;
        for (var n = 0; n < fadeIn; n++)
        {
            values[n] *= n / (double)fadeIn;
        }

        var correction = (int)Math.Round(1200 * DeterministicMath.Log2(hertz / played));
        if (correction is < -99 or > 99)
        {
            throw new InvalidOperationException($"sample '{name}' would need {correction} cents of correction");
        }

        return new SampleData(name, SampleShaper.Quantise(values, peak), rate, (byte)rootKey, (sbyte)correction, lead, lead + loop);
    }
}
