using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Drums;

/// <summary>The General MIDI standard kit, keys 35–81, as one instrument.</summary>
public static class DrumKit
{
    /// <summary>Hi-hat choke group.</summary>
    private const int HiHats = 1;

    /// <summary>Every GM1 percussion key and what plays it.</summary>
    public static readonly IReadOnlyList<DrumHit> Hits =
    [
        new(35, "Acoustic Bass Drum", DrumSound.Kick, Semitones: -2),
        new(36, "Bass Drum 1", DrumSound.Kick),
        new(37, "Side Stick", DrumSound.SideStick, AttenuationDb: 4),
        new(38, "Acoustic Snare", DrumSound.Snare),
        new(39, "Hand Clap", DrumSound.Clap, AttenuationDb: 2, Pan: -100),
        new(40, "Electric Snare", DrumSound.Snare, Semitones: 3),
        new(41, "Low Floor Tom", DrumSound.Tom, Semitones: -7, AttenuationDb: 2, Pan: -250),
        new(42, "Closed Hi Hat", DrumSound.ClosedHat, AttenuationDb: 5, Pan: 200, ExclusiveClass: HiHats),
        new(43, "High Floor Tom", DrumSound.Tom, Semitones: -5, AttenuationDb: 2, Pan: -180),
        new(44, "Pedal Hi Hat", DrumSound.ClosedHat, Semitones: -3, AttenuationDb: 8, Pan: 200, ExclusiveClass: HiHats),
        new(45, "Low Tom", DrumSound.Tom, Semitones: -3, AttenuationDb: 2, Pan: -100),
        new(46, "Open Hi Hat", DrumSound.OpenHat, AttenuationDb: 6, Pan: 200, ExclusiveClass: HiHats),
        new(47, "Low-Mid Tom", DrumSound.Tom, Semitones: -1, AttenuationDb: 2, Pan: -20),
        new(48, "Hi-Mid Tom", DrumSound.Tom, Semitones: 1, AttenuationDb: 2, Pan: 60),
        new(49, "Crash Cymbal 1", DrumSound.Crash, AttenuationDb: 4, Pan: -200),
        new(50, "High Tom", DrumSound.Tom, Semitones: 3, AttenuationDb: 2, Pan: 140),
        new(51, "Ride Cymbal 1", DrumSound.Ride, AttenuationDb: 6, Pan: 250),
        new(52, "Chinese Cymbal", DrumSound.Crash, Semitones: 4, AttenuationDb: 5, Pan: -250, LengthSeconds: 2.5),
        new(53, "Ride Bell", DrumSound.Ride, Semitones: 5, AttenuationDb: 4, Pan: 250),
        new(54, "Tambourine", DrumSound.Tambourine, AttenuationDb: 6, Pan: 150),
        new(55, "Splash Cymbal", DrumSound.Crash, Semitones: 7, AttenuationDb: 6, Pan: -150, LengthSeconds: 1.5),
        new(56, "Cowbell", DrumSound.Cowbell, AttenuationDb: 6, Pan: 100),
        new(57, "Crash Cymbal 2", DrumSound.Crash, Semitones: -2, AttenuationDb: 4, Pan: 200),
        new(58, "Vibraslap", DrumSound.Tambourine, Semitones: -12, AttenuationDb: 6, Pan: -150),
        new(59, "Ride Cymbal 2", DrumSound.Ride, Semitones: -2, AttenuationDb: 6, Pan: 250),
        new(60, "Hi Bongo", DrumSound.Conga, Semitones: 9, AttenuationDb: 2, Pan: 200),
        new(61, "Low Bongo", DrumSound.Conga, Semitones: 5, AttenuationDb: 2, Pan: 150),
        new(62, "Mute Hi Conga", DrumSound.Conga, Semitones: 2, AttenuationDb: 2, Pan: -100, LengthSeconds: 0.6),
        new(63, "Open Hi Conga", DrumSound.Conga, Semitones: 2, AttenuationDb: 2, Pan: -100),
        new(64, "Low Conga", DrumSound.Conga, Semitones: -3, AttenuationDb: 2, Pan: -150),
        new(65, "High Timbale", DrumSound.Tom, Semitones: 10, AttenuationDb: 3, Pan: 100, LengthSeconds: 2),
        new(66, "Low Timbale", DrumSound.Tom, Semitones: 6, AttenuationDb: 3, Pan: 50, LengthSeconds: 2),
        new(67, "High Agogo", DrumSound.Cowbell, Semitones: 9, AttenuationDb: 8, Pan: 200),
        new(68, "Low Agogo", DrumSound.Cowbell, Semitones: 5, AttenuationDb: 8, Pan: 200),
        new(69, "Cabasa", DrumSound.Shaker, AttenuationDb: 6, Pan: -200),
        new(70, "Maracas", DrumSound.Shaker, Semitones: 3, AttenuationDb: 6, Pan: -250),
        new(71, "Short Whistle", DrumSound.Whistle, Semitones: 2, AttenuationDb: 10, Pan: 250, ExclusiveClass: 2, LengthSeconds: 0.8),
        new(72, "Long Whistle", DrumSound.Whistle, AttenuationDb: 10, Pan: 250, ExclusiveClass: 2, LengthSeconds: 3.5),
        new(73, "Short Guiro", DrumSound.Guiro, AttenuationDb: 6, Pan: 200, ExclusiveClass: 3, LengthSeconds: 0.5),
        new(74, "Long Guiro", DrumSound.Guiro, AttenuationDb: 6, Pan: 200, ExclusiveClass: 3),
        new(75, "Claves", DrumSound.Block, Semitones: 14, AttenuationDb: 6, Pan: 150),
        new(76, "Hi Wood Block", DrumSound.Block, Semitones: 5, AttenuationDb: 4, Pan: 100),
        new(77, "Low Wood Block", DrumSound.Block, AttenuationDb: 4, Pan: 100),
        new(78, "Mute Cuica", DrumSound.Cuica, Semitones: 2, AttenuationDb: 6, Pan: -150, ExclusiveClass: 4, LengthSeconds: 0.6),
        new(79, "Open Cuica", DrumSound.Cuica, AttenuationDb: 6, Pan: -150, ExclusiveClass: 4),
        new(80, "Mute Triangle", DrumSound.Triangle, AttenuationDb: 10, Pan: 250, ExclusiveClass: 5, LengthSeconds: 0.5),
        new(81, "Open Triangle", DrumSound.Triangle, AttenuationDb: 10, Pan: 250, ExclusiveClass: 5, LengthSeconds: 5),
    ];

    /// <summary>The key each sample is recorded at, so that a hit with no tuning plays it as made.</summary>
    private const int RecordedKey = 60;

    /// <summary>Adds the kit's samples, one per <see cref="DrumSound"/>; returns their indices.</summary>
    public static IReadOnlyDictionary<DrumSound, int> AddSamples(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = new Dictionary<DrumSound, int>();
        foreach (var sound in Enum.GetValues<DrumSound>())
        {
            samples[sound] = font.AddSample(Sample(sound));
        }

        return samples;
    }

    /// <summary>Adds the kit's one instrument over samples from <see cref="AddSamples"/>; returns the instrument index.</summary>
    public static int Add(FontBuilder font, IReadOnlyDictionary<DrumSound, int> samples)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(samples);

        var zones = new List<Zone>();
        foreach (var hit in Hits)
        {
            var looped = hit.Sound is DrumSound.Triangle or DrumSound.Whistle;
            List<Generator> generators =
            [
                Generator.Keys(hit.Key, hit.Key),
                Generator.Of(GeneratorType.OverridingRootKey, RecordedKey),
                // Every key plays its sample at the sample's pitch, shifted by the hit's tuning only.
                Generator.Of(GeneratorType.ScaleTuning, 0),
                Generator.Of(GeneratorType.SampleModes, looped ? 1 : 0),
                Generator.Of(GeneratorType.ReverbEffectsSend, 150),
                // A drum rings on after a short note-off: the release is as long as the sound.
                Generator.Of(GeneratorType.ReleaseVolEnv, DeterministicMath.Timecents(looped ? 0.3 : 2)),
            ];
            if (hit.Semitones != 0)
            {
                generators.Add(Generator.Of(GeneratorType.CoarseTune, hit.Semitones));
            }

            if (hit.AttenuationDb != 0)
            {
                generators.Add(Generator.Of(GeneratorType.InitialAttenuation, DeterministicMath.Centibels(hit.AttenuationDb)));
            }

            if (hit.Pan != 0)
            {
                generators.Add(Generator.Of(GeneratorType.Pan, hit.Pan));
            }

            if (hit.ExclusiveClass != 0)
            {
                generators.Add(Generator.Of(GeneratorType.ExclusiveClass, hit.ExclusiveClass));
            }

            if (hit.LengthSeconds is { } length)
            {
                generators.Add(Generator.Of(GeneratorType.DecayVolEnv, DeterministicMath.Timecents(length)));
                generators.Add(Generator.Of(GeneratorType.SustainVolEnv, 1440));
            }

            zones.Add(new Zone(samples[hit.Sound], generators));
        }

        return font.AddInstrument("Standard Kit", zones);
    }

    private static SampleData Sample(DrumSound sound) => sound switch
    {
        DrumSound.Kick => SampleShaper.OneShot("Kick", DrumSounds.Kick(), RecordedKey),
        DrumSound.Snare => SampleShaper.OneShot("Snare", DrumSounds.Snare(), RecordedKey),
        DrumSound.Clap => SampleShaper.OneShot("Clap", DrumSounds.Clap(), RecordedKey),
        DrumSound.Tom => SampleShaper.OneShot("Tom", DrumSounds.Tom(), RecordedKey),
        DrumSound.ClosedHat => SampleShaper.OneShot("Closed Hat", DrumSounds.ClosedHat(), RecordedKey),
        DrumSound.OpenHat => SampleShaper.OneShot("Open Hat", DrumSounds.OpenHat(), RecordedKey),
        DrumSound.Crash => SampleShaper.OneShot("Crash", DrumSounds.Crash(), RecordedKey),
        DrumSound.Ride => SampleShaper.OneShot("Ride", DrumSounds.Ride(), RecordedKey),
        DrumSound.SideStick => SampleShaper.OneShot("Side Stick", DrumSounds.SideStick(), RecordedKey),
        DrumSound.Cowbell => SampleShaper.OneShot("Cowbell", DrumSounds.Cowbell(), RecordedKey),
        DrumSound.Conga => SampleShaper.OneShot("Conga", DrumSounds.Conga(), RecordedKey),
        DrumSound.Shaker => SampleShaper.OneShot("Shaker", DrumSounds.Shaker(), RecordedKey),
        DrumSound.Tambourine => SampleShaper.OneShot("Tambourine", DrumSounds.Tambourine(), RecordedKey),
        DrumSound.Block => SampleShaper.OneShot("Wood Block", DrumSounds.Block(), RecordedKey),
        DrumSound.Guiro => SampleShaper.OneShot("Guiro", DrumSounds.Guiro(), RecordedKey),
        DrumSound.Cuica => SampleShaper.OneShot("Cuica", DrumSounds.Cuica(), RecordedKey),
        DrumSound.Triangle => Triangle(),
        DrumSound.Whistle => Whistle(),
        _ => throw new ArgumentOutOfRangeException(nameof(sound), sound, null),
    };

    /// <summary>A triangle: a high metal bar's inharmonic partials, looped; the envelope rings it out.</summary>
    private static SampleData Triangle()
    {
        Partial[] partials =
        [
            new(1, 0.5, 0.5, 0.01),
            new(2.08, 0.6, 0.8, 0.03),
            new(3.31, 0.45, 0.8, 0.02),
            new(4.62, 0.3, 0.6, 0.015),
            new(6.05, 0.2, 0.5, 0.01),
        ];
        var sample = LoopedTone.Build("Triangle", 84, 0.1, 0.03, partials, highestHz: 15000, peak: 0.6);
        return sample with { OriginalKey = RecordedKey };
    }

    /// <summary>A referee's whistle: a bright sine with a fast warble, looped.</summary>
    private static SampleData Whistle()
    {
        Partial[] partials =
        [
            new(1, 1, 1, 0.01),
            new(1, 0.3, 0.3, 0.01, CycleOffset: 1),
            new(2, 0.05, 0.05, 0.01),
        ];
        var sample = LoopedTone.Build("Whistle", 98, 1.0 / 24, 0.01, partials, highestHz: 15000, peak: 0.6);
        return sample with { OriginalKey = RecordedKey };
    }
}
