namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>
/// Seeded white noise from a SplitMix64 sequence: integer arithmetic only, so one seed gives the
/// same values everywhere (unlike <see cref="Random"/>, whose algorithm may change).
/// </summary>
public sealed class NoiseSource(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A value in [0, 1) with 53 random bits.</summary>
    public double NextUnit() => (NextBits() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>A value in [−1, 1).</summary>
    public double NextSigned() => (2 * NextUnit()) - 1;
}
