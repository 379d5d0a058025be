namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>One generator of a zone: an operator and its 16-bit amount.</summary>
/// <param name="Type">The operator.</param>
/// <param name="Amount">The amount; for ranges, low byte = low end, high byte = high end.</param>
public readonly record struct Generator(GeneratorType Type, short Amount)
{
    /// <summary>A range generator (<see cref="GeneratorType.KeyRange"/> or <see cref="GeneratorType.VelRange"/>).</summary>
    public static Generator Range(GeneratorType type, int low, int high)
    {
        if (low is < 0 or > 127 || high is < 0 or > 127 || low > high)
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"range {low}-{high} is not within 0-127");
        }

        return new Generator(type, (short)(low | (high << 8)));
    }

    /// <summary>A key range.</summary>
    public static Generator Keys(int low, int high) => Range(GeneratorType.KeyRange, low, high);

    /// <summary>A generator whose amount is checked to fit 16 bits.</summary>
    public static Generator Of(GeneratorType type, int amount) =>
        amount is < short.MinValue or > short.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(amount), $"{type} amount {amount} does not fit 16 bits")
            : new Generator(type, (short)amount);
}
