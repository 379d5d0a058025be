namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>The SoundFont 2 generator operators this tool writes (SF2.04 §8.1.2; the values are the spec's ids).</summary>
public enum GeneratorType : ushort
{
    /// <summary>Modulation LFO to pitch, cents at full swing.</summary>
    ModLfoToPitch = 5,

    /// <summary>Vibrato LFO to pitch, cents at full swing.</summary>
    VibLfoToPitch = 6,

    /// <summary>Low-pass cutoff, absolute cents (13500 ≈ 20 kHz, i.e. open).</summary>
    InitialFilterFc = 8,

    /// <summary>Low-pass resonance, centibels above DC gain.</summary>
    InitialFilterQ = 9,

    /// <summary>Modulation LFO to cutoff, cents at full swing.</summary>
    ModLfoToFilterFc = 10,

    /// <summary>Modulation envelope to cutoff, cents at full envelope.</summary>
    ModEnvToFilterFc = 11,

    /// <summary>Modulation LFO to volume, centibels at full swing.</summary>
    ModLfoToVolume = 13,

    /// <summary>Chorus send, 0.1 % units.</summary>
    ChorusEffectsSend = 15,

    /// <summary>Reverb send, 0.1 % units.</summary>
    ReverbEffectsSend = 16,

    /// <summary>Pan, 0.1 % units from −500 (left) to 500 (right).</summary>
    Pan = 17,

    /// <summary>Modulation LFO delay, timecents.</summary>
    DelayModLfo = 21,

    /// <summary>Modulation LFO frequency, absolute cents (0 = 8.176 Hz).</summary>
    FreqModLfo = 22,

    /// <summary>Vibrato LFO delay, timecents.</summary>
    DelayVibLfo = 23,

    /// <summary>Vibrato LFO frequency, absolute cents (0 = 8.176 Hz).</summary>
    FreqVibLfo = 24,

    /// <summary>Modulation envelope attack, timecents.</summary>
    AttackModEnv = 26,

    /// <summary>Modulation envelope hold, timecents.</summary>
    HoldModEnv = 27,

    /// <summary>Modulation envelope decay, timecents.</summary>
    DecayModEnv = 28,

    /// <summary>Modulation envelope sustain, 0.1 % below full.</summary>
    SustainModEnv = 29,

    /// <summary>Modulation envelope release, timecents.</summary>
    ReleaseModEnv = 30,

    /// <summary>Volume envelope delay, timecents.</summary>
    DelayVolEnv = 33,

    /// <summary>Volume envelope attack, timecents.</summary>
    AttackVolEnv = 34,

    /// <summary>Volume envelope hold, timecents.</summary>
    HoldVolEnv = 35,

    /// <summary>Volume envelope decay (time of a full 96 dB fall), timecents.</summary>
    DecayVolEnv = 36,

    /// <summary>Volume envelope sustain, centibels of attenuation (0 = full level).</summary>
    SustainVolEnv = 37,

    /// <summary>Volume envelope release (time of a full 96 dB fall), timecents.</summary>
    ReleaseVolEnv = 38,

    /// <summary>Timecents of volume-envelope decay per key above 60 (negative: higher keys decay sooner).</summary>
    KeynumToVolEnvDecay = 40,

    /// <summary>The instrument a preset zone plays; always a preset zone's last generator.</summary>
    Instrument = 41,

    /// <summary>Key range, low and high byte; always a zone's first generator.</summary>
    KeyRange = 43,

    /// <summary>Velocity range, low and high byte; only after a key range.</summary>
    VelRange = 44,

    /// <summary>Attenuation, centibels.</summary>
    InitialAttenuation = 48,

    /// <summary>Transposition, semitones.</summary>
    CoarseTune = 51,

    /// <summary>Transposition, cents.</summary>
    FineTune = 52,

    /// <summary>The sample an instrument zone plays; always an instrument zone's last generator.</summary>
    SampleId = 53,

    /// <summary>0 = play once, 1 = loop continuously, 3 = loop while held then play on to the end.</summary>
    SampleModes = 54,

    /// <summary>Cents of pitch per key (100 = normal, 0 = every key plays the root pitch).</summary>
    ScaleTuning = 56,

    /// <summary>Voices of one instrument with the same non-zero class end one another (hi-hats).</summary>
    ExclusiveClass = 57,

    /// <summary>The key at which the sample plays at its recorded pitch, replacing the sample header's.</summary>
    OverridingRootKey = 58,
}
