using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.GeneralMidi;

/// <summary>
/// Preset-level offsets that turn the few instruments into many GM programs: a slower attack, a
/// shorter ring, a darker filter, a swelling brass filter, vibrato, tremolo.
/// </summary>
/// <remarks>
/// Preset generators add to the instrument's values: time offsets are ratios (timecents), and
/// generators the instrument leaves at their default (LFOs, the modulation envelope) are set
/// from that default (1 ms for envelope times, 8.176 Hz for LFO rates, 0 for depths).
/// </remarks>
public static class PresetShapes
{
    /// <summary>The SF2 default of envelope and delay times, in timecents (about 1 ms).</summary>
    private const int DefaultTime = -12000;

    /// <summary>Nothing changed.</summary>
    public static Generator[] None => [];

    /// <summary>Multiplies the attack time.</summary>
    public static Generator[] Attack(double factor) => [Ratio(GeneratorType.AttackVolEnv, factor)];

    /// <summary>Multiplies the decay time (rings shorter below 1).</summary>
    public static Generator[] Decay(double factor) => [Ratio(GeneratorType.DecayVolEnv, factor)];

    /// <summary>Makes a held sound die away: the decay time multiplied, the sustain level silence.</summary>
    public static Generator[] Fade(double factor) =>
        [Ratio(GeneratorType.DecayVolEnv, factor), Generator.Of(GeneratorType.SustainVolEnv, 1440)];

    /// <summary>Multiplies the attack and release times.</summary>
    public static Generator[] Swell(double attack, double release) =>
        [Ratio(GeneratorType.AttackVolEnv, attack), Ratio(GeneratorType.ReleaseVolEnv, release)];

    /// <summary>Transposes by whole octaves.</summary>
    public static Generator[] Octave(int octaves) => [Generator.Of(GeneratorType.CoarseTune, 12 * octaves)];

    /// <summary>Transposes by semitones.</summary>
    public static Generator[] Semitones(int semitones) => [Generator.Of(GeneratorType.CoarseTune, semitones)];

    /// <summary>Detunes by cents.</summary>
    public static Generator[] Cents(int cents) => [Generator.Of(GeneratorType.FineTune, cents)];

    /// <summary>Closes the low-pass filter from open (20 kHz) by <paramref name="cents"/>.</summary>
    public static Generator[] Dark(int cents) => [Generator.Of(GeneratorType.InitialFilterFc, -cents)];

    /// <summary>Quieter by some decibels.</summary>
    public static Generator[] Quieter(double decibels) => [Generator.Of(GeneratorType.InitialAttenuation, DeterministicMath.Centibels(decibels))];

    /// <summary>A brass swell: a dark filter that opens over 60 ms and settles half-way, and a slower attack.</summary>
    public static Generator[] Brass =>
    [
        .. Dark(5000),
        Generator.Of(GeneratorType.ModEnvToFilterFc, 3600),
        FromDefault(GeneratorType.AttackModEnv, 0.06),
        FromDefault(GeneratorType.DecayModEnv, 0.6),
        Generator.Of(GeneratorType.SustainModEnv, 500),
        Ratio(GeneratorType.AttackVolEnv, 5),
    ];

    /// <summary>A reed: a darker, softer-edged lead.</summary>
    public static Generator[] Reed => [.. Dark(3800), Ratio(GeneratorType.AttackVolEnv, 4)];

    /// <summary>A synth bass: a filter that snaps shut after the attack.</summary>
    public static Generator[] SynthBass =>
    [
        .. Dark(5500),
        Generator.Of(GeneratorType.ModEnvToFilterFc, 4000),
        FromDefault(GeneratorType.DecayModEnv, 0.25),
        Generator.Of(GeneratorType.SustainModEnv, 800),
    ];

    /// <summary>Bowed strings: a quicker swell than the pad, with vibrato.</summary>
    public static Generator[] Strings => [Ratio(GeneratorType.AttackVolEnv, 0.5), .. Vibrato(0.3, 5.5, 10)];

    /// <summary>Voices: darker, slower, a gentle vibrato.</summary>
    public static Generator[] Choir => [.. Dark(2800), Ratio(GeneratorType.AttackVolEnv, 1.3), .. Vibrato(0.2, 4.5, 8)];

    /// <summary>A pipe (flute, recorder): a dark, quick-speaking pad with vibrato.</summary>
    public static Generator[] Pipe => [.. Dark(3200), Ratio(GeneratorType.AttackVolEnv, 0.15), .. Vibrato(0.25, 5, 10)];

    /// <summary>A slow filter sweep.</summary>
    public static Generator[] Sweep =>
    [
        .. Dark(3500),
        Generator.Of(GeneratorType.FreqModLfo, DeterministicMath.AbsoluteCents(0.15)),
        Generator.Of(GeneratorType.ModLfoToFilterFc, 2400),
    ];

    /// <summary>A stab that dies quickly.</summary>
    public static Generator[] Hit => Fade(0.08);

    /// <summary>A pitch vibrato from the default (no vibrato).</summary>
    public static Generator[] Vibrato(double delay, double hertz, int cents) =>
    [
        FromDefault(GeneratorType.DelayVibLfo, delay),
        Generator.Of(GeneratorType.FreqVibLfo, DeterministicMath.AbsoluteCents(hertz)),
        Generator.Of(GeneratorType.VibLfoToPitch, cents),
    ];

    /// <summary>A pitch wobble from the modulation LFO (for voices that already have a vibrato).</summary>
    public static Generator[] Wobble(double hertz, int cents) =>
    [
        Generator.Of(GeneratorType.FreqModLfo, DeterministicMath.AbsoluteCents(hertz)),
        Generator.Of(GeneratorType.ModLfoToPitch, cents),
    ];

    /// <summary>A volume tremolo from the modulation LFO.</summary>
    public static Generator[] Tremolo(double hertz, double decibels) =>
    [
        Generator.Of(GeneratorType.FreqModLfo, DeterministicMath.AbsoluteCents(hertz)),
        Generator.Of(GeneratorType.ModLfoToVolume, DeterministicMath.Centibels(decibels)),
    ];

    /// <summary>Joins shapes; offsets to the same generator add up (a zone holds each generator once).</summary>
    public static Generator[] With(params Generator[][] shapes)
    {
        var sums = new List<(GeneratorType Type, int Amount)>();
        foreach (var generator in shapes.SelectMany(s => s))
        {
            var index = sums.FindIndex(g => g.Type == generator.Type);
            if (index < 0)
            {
                sums.Add((generator.Type, generator.Amount));
            }
            else
            {
                sums[index] = (generator.Type, sums[index].Amount + generator.Amount);
            }
        }

        return [.. sums.Select(g => Generator.Of(g.Type, g.Amount))];
    }

    private static Generator Ratio(GeneratorType type, double factor) => Generator.Of(type, DeterministicMath.Timecents(factor));

    private static Generator FromDefault(GeneratorType type, double seconds) => Generator.Of(type, DeterministicMath.Timecents(seconds) - DefaultTime);
}
