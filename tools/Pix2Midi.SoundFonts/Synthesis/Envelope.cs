using Pix2Midi.SoundFonts.Sf2;

namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>Generator lists for common envelope shapes, in seconds and decibels.</summary>
public static class Envelope
{
    /// <summary>A volume envelope.</summary>
    /// <param name="attack">Attack, seconds.</param>
    /// <param name="decay">Time a full 96 dB fall would take, seconds.</param>
    /// <param name="sustainDb">Sustain level, decibels below full (96 or more: silence).</param>
    /// <param name="release">Time a full 96 dB fall would take after key-up, seconds.</param>
    public static Generator[] Volume(double attack, double decay, double sustainDb, double release) =>
    [
        Generator.Of(GeneratorType.AttackVolEnv, DeterministicMath.Timecents(attack)),
        Generator.Of(GeneratorType.DecayVolEnv, DeterministicMath.Timecents(decay)),
        Generator.Of(GeneratorType.SustainVolEnv, Math.Min(1440, DeterministicMath.Centibels(sustainDb))),
        Generator.Of(GeneratorType.ReleaseVolEnv, DeterministicMath.Timecents(release)),
    ];

    /// <summary>A delayed vibrato.</summary>
    /// <param name="delay">Seconds before it starts.</param>
    /// <param name="hertz">Rate.</param>
    /// <param name="cents">Depth.</param>
    public static Generator[] Vibrato(double delay, double hertz, int cents) =>
    [
        Generator.Of(GeneratorType.DelayVibLfo, DeterministicMath.Timecents(delay)),
        Generator.Of(GeneratorType.FreqVibLfo, DeterministicMath.AbsoluteCents(hertz)),
        Generator.Of(GeneratorType.VibLfoToPitch, cents),
    ];
}
