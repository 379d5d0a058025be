using Pix2Midi.SoundFonts.Sf2;
using static Pix2Midi.SoundFonts.GeneralMidi.PresetShapes;

namespace Pix2Midi.SoundFonts.GeneralMidi;

/// <summary>
/// All 128 General MIDI Level 1 programs, each played by the nearest of the font's voices by
/// family: pianos by the keys, chromatic percussion by the bell, strings and voices by the pad,
/// brass and reeds by the lead through a filter, and so on.
/// </summary>
/// <remarks>
/// Names follow the GM1 sound set, shortened only where the format's 19 characters demand
/// ("Ac." and "E." for acoustic and electric, "Pno" for piano).
/// </remarks>
public static class GeneralMidiPrograms
{
    /// <summary>The 128 programs, in program order.</summary>
    public static IReadOnlyList<ProgramEntry> All { get; } = Build();

    private static ProgramEntry[] Build()
    {
        var entries = new List<ProgramEntry>(128);
        void Add(string name, params Layer[] layers) => entries.Add(new ProgramEntry(entries.Count, name, layers));
        static Layer L(Voice voice, params Generator[][] shape) => new(voice, With(shape));

        // Piano
        Add("Acoustic Grand Pno", L(Voice.Keys));
        Add("Bright Acoustic Pno", L(Voice.Keys, Decay(0.8)));
        Add("Electric Grand Pno", L(Voice.Keys, Decay(0.7)), L(Voice.ElectricPiano, Quieter(6)));
        Add("Honky-tonk Piano", L(Voice.Keys, Cents(-12)), L(Voice.Keys, Cents(12)));
        Add("Electric Piano 1", L(Voice.ElectricPiano));
        Add("Electric Piano 2", L(Voice.ElectricPiano, Decay(0.6)), L(Voice.Bell, Quieter(9), Decay(0.3)));
        Add("Harpsichord", L(Voice.Pluck, Decay(0.6)));
        Add("Clavi", L(Voice.Pluck, Decay(0.35)));

        // Chromatic percussion
        Add("Celesta", L(Voice.Bell));
        Add("Glockenspiel", L(Voice.Bell, Decay(0.8)));
        Add("Music Box", L(Voice.Bell, Decay(0.6)));
        Add("Vibraphone", L(Voice.ElectricPiano, Tremolo(5, 3)));
        Add("Marimba", L(Voice.ElectricPiano, Decay(0.12)));
        Add("Xylophone", L(Voice.Bell, Decay(0.12)));
        Add("Tubular Bells", L(Voice.Bell, Decay(1.5)));
        Add("Dulcimer", L(Voice.Pluck, Cents(-5)), L(Voice.Pluck, Cents(5)));

        // Organ
        Add("Drawbar Organ", L(Voice.Organ));
        Add("Percussive Organ", L(Voice.Organ), L(Voice.Bell, Quieter(6), Decay(0.1)));
        Add("Rock Organ", L(Voice.Organ, Tremolo(6.5, 2)));
        Add("Church Organ", L(Voice.Organ, Swell(8, 10)));
        Add("Reed Organ", L(Voice.Organ, Dark(3000)));
        Add("Accordion", L(Voice.Lead, Reed, Tremolo(6, 1.5)));
        Add("Harmonica", L(Voice.Lead, Reed));
        Add("Tango Accordion", L(Voice.Lead, Reed, Cents(-8)), L(Voice.Lead, Reed, Cents(8)));

        // Guitar
        Add("Ac. Guitar (nylon)", L(Voice.Pluck, Dark(1500)));
        Add("Ac. Guitar (steel)", L(Voice.Pluck));
        Add("E. Guitar (jazz)", L(Voice.Pluck, Dark(2500)));
        Add("E. Guitar (clean)", L(Voice.Pluck, Decay(1.3)));
        Add("E. Guitar (muted)", L(Voice.Pluck, Decay(0.12)));
        Add("Overdriven Guitar", L(Voice.Lead, Dark(1500)));
        Add("Distortion Guitar", L(Voice.Lead), L(Voice.Lead, Semitones(12), Quieter(6)));
        Add("Guitar Harmonics", L(Voice.Bell, Dark(2000)));

        // Bass
        Add("Acoustic Bass", L(Voice.Bass, Dark(1500)));
        Add("E. Bass (finger)", L(Voice.Bass));
        Add("E. Bass (pick)", L(Voice.Bass, Decay(0.7)));
        Add("Fretless Bass", L(Voice.Bass, Attack(3)));
        Add("Slap Bass 1", L(Voice.Bass, Decay(0.5)));
        Add("Slap Bass 2", L(Voice.Bass, Decay(0.4)));
        Add("Synth Bass 1", L(Voice.Lead, SynthBass));
        Add("Synth Bass 2", L(Voice.Lead, SynthBass, Dark(800)));

        // Strings
        Add("Violin", L(Voice.Pad, Strings));
        Add("Viola", L(Voice.Pad, Strings));
        Add("Cello", L(Voice.Pad, Strings));
        Add("Contrabass", L(Voice.Pad, Strings));
        Add("Tremolo Strings", L(Voice.Pad, Tremolo(7, 4)));
        Add("Pizzicato Strings", L(Voice.Pluck, Decay(0.3)));
        Add("Orchestral Harp", L(Voice.Pluck));
        Add("Timpani", L(Voice.Percussion));

        // Ensemble
        Add("String Ensemble 1", L(Voice.Pad, Strings));
        Add("String Ensemble 2", L(Voice.Pad, Attack(2)));
        Add("Synth Strings 1", L(Voice.Pad));
        Add("Synth Strings 2", L(Voice.Pad, Sweep));
        Add("Choir Aahs", L(Voice.Pad, Choir));
        Add("Voice Oohs", L(Voice.Pad, Choir, Dark(800)));
        Add("Synth Voice", L(Voice.Pad, Choir));
        Add("Orchestra Hit", L(Voice.Lead, Hit), L(Voice.Lead, Hit, Semitones(-12)));

        // Brass
        Add("Trumpet", L(Voice.Lead, Brass));
        Add("Trombone", L(Voice.Lead, Brass));
        Add("Tuba", L(Voice.Lead, Brass));
        Add("Muted Trumpet", L(Voice.Lead, Brass, Quieter(3)));
        Add("French Horn", L(Voice.Lead, Brass, Dark(1200)));
        Add("Brass Section", L(Voice.Lead, Brass, Cents(-6)), L(Voice.Lead, Brass, Cents(6)));
        Add("Synth Brass 1", L(Voice.Lead, Brass));
        Add("Synth Brass 2", L(Voice.Lead, Brass, Sweep));

        // Reed
        Add("Soprano Sax", L(Voice.Lead, Reed));
        Add("Alto Sax", L(Voice.Lead, Reed));
        Add("Tenor Sax", L(Voice.Lead, Reed));
        Add("Baritone Sax", L(Voice.Lead, Reed));
        Add("Oboe", L(Voice.Lead, Reed));
        Add("English Horn", L(Voice.Lead, Reed));
        Add("Bassoon", L(Voice.Lead, Reed));
        Add("Clarinet", L(Voice.Lead, Reed));

        // Pipe
        Add("Piccolo", L(Voice.Pad, Pipe));
        Add("Flute", L(Voice.Pad, Pipe));
        Add("Recorder", L(Voice.Pad, Pipe));
        Add("Pan Flute", L(Voice.Pad, Pipe));
        Add("Blown Bottle", L(Voice.Pad, Pipe));
        Add("Shakuhachi", L(Voice.Pad, Pipe));
        Add("Whistle", L(Voice.Pad, Pipe));
        Add("Ocarina", L(Voice.Pad, Pipe));

        // Synth lead
        Add("Lead 1 (square)", L(Voice.Lead, Dark(1000)));
        Add("Lead 2 (sawtooth)", L(Voice.Lead));
        Add("Lead 3 (calliope)", L(Voice.Pad, Pipe));
        Add("Lead 4 (chiff)", L(Voice.Lead, Dark(2000)));
        Add("Lead 5 (charang)", L(Voice.Lead), L(Voice.Pluck, Quieter(4)));
        Add("Lead 6 (voice)", L(Voice.Pad, Choir));
        Add("Lead 7 (fifths)", L(Voice.Lead), L(Voice.Lead, Semitones(7)));
        Add("Lead 8 (bass+lead)", L(Voice.Lead), L(Voice.Bass, Semitones(-12)));

        // Synth pad
        Add("Pad 1 (new age)", L(Voice.Pad), L(Voice.Bell, Quieter(6)));
        Add("Pad 2 (warm)", L(Voice.Pad, Dark(1500)));
        Add("Pad 3 (polysynth)", L(Voice.Lead, Attack(4), Decay(0.6)));
        Add("Pad 4 (choir)", L(Voice.Pad, Choir));
        Add("Pad 5 (bowed)", L(Voice.Pad, Strings));
        Add("Pad 6 (metallic)", L(Voice.Pad), L(Voice.Bell, Quieter(6), Attack(200)));
        Add("Pad 7 (halo)", L(Voice.Pad, Choir, Swell(2, 2)));
        Add("Pad 8 (sweep)", L(Voice.Pad, Sweep));

        // Synth effects
        Add("FX 1 (rain)", L(Voice.Bell, Decay(0.3)), L(Voice.Noise, Quieter(12)));
        Add("FX 2 (soundtrack)", L(Voice.Pad, Swell(3, 2)));
        Add("FX 3 (crystal)", L(Voice.Bell, Decay(1.5)));
        Add("FX 4 (atmosphere)", L(Voice.Pad), L(Voice.Pluck, Quieter(4)));
        Add("FX 5 (brightness)", L(Voice.Pad), L(Voice.Bell, Quieter(4)));
        Add("FX 6 (goblins)", L(Voice.Pad, Sweep, Swell(4, 2)));
        Add("FX 7 (echoes)", L(Voice.Pluck, Decay(1.5)));
        Add("FX 8 (sci-fi)", L(Voice.Lead, Wobble(3, 80)));

        // Ethnic
        Add("Sitar", L(Voice.Pluck, Cents(-4)), L(Voice.Pluck, Cents(4)));
        Add("Banjo", L(Voice.Pluck, Decay(0.5)));
        Add("Shamisen", L(Voice.Pluck, Decay(0.4)));
        Add("Koto", L(Voice.Pluck));
        Add("Kalimba", L(Voice.Bell, Decay(0.3), Dark(1500)));
        Add("Bag pipe", L(Voice.Lead, Reed), L(Voice.Lead, Reed, Semitones(-12), Quieter(6)));
        Add("Fiddle", L(Voice.Pad, Strings));
        Add("Shanai", L(Voice.Lead, Reed));

        // Percussive
        Add("Tinkle Bell", L(Voice.Bell));
        Add("Agogo", L(Voice.Bell, Decay(0.15)));
        Add("Steel Drums", L(Voice.ElectricPiano, Decay(0.4)), L(Voice.Bell, Decay(0.3), Quieter(6)));
        Add("Woodblock", L(Voice.Bell, Decay(0.04)));
        Add("Taiko Drum", L(Voice.Percussion, Semitones(-5)));
        Add("Melodic Tom", L(Voice.Percussion));
        Add("Synth Drum", L(Voice.Percussion, Dark(1000)));
        Add("Reverse Cymbal", L(Voice.Noise, Swell(8, 0.3)));

        // Sound effects
        Add("Guitar Fret Noise", L(Voice.Noise, Fade(0.01), Dark(2000)));
        Add("Breath Noise", L(Voice.Noise, Dark(3500)));
        Add("Seashore", L(Voice.Noise, Dark(2500), Tremolo(0.12, 12)));
        Add("Bird Tweet", L(Voice.Lead, Semitones(24), Wobble(14, 150), Dark(1000)));
        Add("Telephone Ring", L(Voice.Bell, Tremolo(16, 20)));
        Add("Helicopter", L(Voice.Noise, Dark(3000), Tremolo(12, 20)));
        Add("Applause", L(Voice.Noise, Dark(1000), Tremolo(9, 6)));
        Add("Gunshot", L(Voice.Noise, Fade(0.02), Attack(0.01)));

        return [.. entries];
    }
}
