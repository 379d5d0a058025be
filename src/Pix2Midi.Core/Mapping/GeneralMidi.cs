using System.Collections.Frozen;
using System.Text;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// General MIDI's instrument names (programs 0–127) and the drum kits channel 10 plays, and
/// reading a name as a mapping file writes it.
/// </summary>
/// <remarks>
/// <para>
/// Programs are 0–127 here, as a program change carries them; people (and the General MIDI
/// tables) number them 1–128, so "1" is <c>Acoustic Grand Piano</c>, program 0. Kits are the
/// programs a GS or XG synth (FluidSynth's default SoundFont too) plays on the drum channel:
/// Standard 0, Room 8, Power 16, Electronic 24, TR-808 25, Jazz 32, Brush 40, Orchestra 48.
/// </para>
/// <para>
/// Names are read forgivingly: case, spaces and punctuation do not count, so
/// <c>"electric bass finger"</c> is <c>Electric Bass (finger)</c>, and a kit may leave out "Kit".
/// </para>
/// </remarks>
public static class GeneralMidi
{
    /// <summary>The General MIDI drum channel, as users number channels (1–16).</summary>
    public const int DrumChannel = 10;

    private static readonly string[] Names =
    [
        // Piano
        "Acoustic Grand Piano", "Bright Acoustic Piano", "Electric Grand Piano", "Honky-tonk Piano",
        "Electric Piano 1", "Electric Piano 2", "Harpsichord", "Clavi",

        // Chromatic percussion
        "Celesta", "Glockenspiel", "Music Box", "Vibraphone", "Marimba", "Xylophone", "Tubular Bells", "Dulcimer",

        // Organ
        "Drawbar Organ", "Percussive Organ", "Rock Organ", "Church Organ", "Reed Organ", "Accordion", "Harmonica", "Tango Accordion",

        // Guitar
        "Acoustic Guitar (nylon)", "Acoustic Guitar (steel)", "Electric Guitar (jazz)", "Electric Guitar (clean)",
        "Electric Guitar (muted)", "Overdriven Guitar", "Distortion Guitar", "Guitar Harmonics",

        // Bass
        "Acoustic Bass", "Electric Bass (finger)", "Electric Bass (pick)", "Fretless Bass",
        "Slap Bass 1", "Slap Bass 2", "Synth Bass 1", "Synth Bass 2",

        // Strings
        "Violin", "Viola", "Cello", "Contrabass", "Tremolo Strings", "Pizzicato Strings", "Orchestral Harp", "Timpani",

        // Ensemble
        "String Ensemble 1", "String Ensemble 2", "Synth Strings 1", "Synth Strings 2",
        "Choir Aahs", "Voice Oohs", "Synth Voice", "Orchestra Hit",

        // Brass
        "Trumpet", "Trombone", "Tuba", "Muted Trumpet", "French Horn", "Brass Section", "Synth Brass 1", "Synth Brass 2",

        // Reed
        "Soprano Sax", "Alto Sax", "Tenor Sax", "Baritone Sax", "Oboe", "English Horn", "Bassoon", "Clarinet",

        // Pipe
        "Piccolo", "Flute", "Recorder", "Pan Flute", "Blown Bottle", "Shakuhachi", "Whistle", "Ocarina",

        // Synth lead
        "Lead 1 (square)", "Lead 2 (sawtooth)", "Lead 3 (calliope)", "Lead 4 (chiff)",
        "Lead 5 (charang)", "Lead 6 (voice)", "Lead 7 (fifths)", "Lead 8 (bass + lead)",

        // Synth pad
        "Pad 1 (new age)", "Pad 2 (warm)", "Pad 3 (polysynth)", "Pad 4 (choir)",
        "Pad 5 (bowed)", "Pad 6 (metallic)", "Pad 7 (halo)", "Pad 8 (sweep)",

        // Synth effects
        "FX 1 (rain)", "FX 2 (soundtrack)", "FX 3 (crystal)", "FX 4 (atmosphere)",
        "FX 5 (brightness)", "FX 6 (goblins)", "FX 7 (echoes)", "FX 8 (sci-fi)",

        // Ethnic
        "Sitar", "Banjo", "Shamisen", "Koto", "Kalimba", "Bag pipe", "Fiddle", "Shanai",

        // Percussive
        "Tinkle Bell", "Agogo", "Steel Drums", "Woodblock", "Taiko Drum", "Melodic Tom", "Synth Drum", "Reverse Cymbal",

        // Sound effects
        "Guitar Fret Noise", "Breath Noise", "Seashore", "Bird Tweet", "Telephone Ring", "Helicopter", "Applause", "Gunshot",
    ];

    /// <summary>Other spellings in common use, by the program they name.</summary>
    private static readonly (string Name, int Program)[] Aliases =
    [
        ("Clavinet", 7),
        ("Synth Choir", 54),
    ];

    private static readonly (int Program, string Name)[] KitTable =
    [
        (0, "Standard Kit"),
        (8, "Room Kit"),
        (16, "Power Kit"),
        (24, "Electronic Kit"),
        (25, "TR-808 Kit"),
        (32, "Jazz Kit"),
        (40, "Brush Kit"),
        (48, "Orchestra Kit"),
    ];

    private static readonly KeyValuePair<string, int>[] ProgramKeyList = [.. ProgramKeys()];
    private static readonly KeyValuePair<string, int>[] KitKeyList = [.. KitKeys()];
    private static readonly FrozenDictionary<string, int> ProgramsByKey = ProgramKeyList.ToFrozenDictionary();
    private static readonly FrozenDictionary<string, int> KitsByKey = KitKeyList.ToFrozenDictionary();

    /// <summary>The 128 instrument names, program 0 (<c>Acoustic Grand Piano</c>) first.</summary>
    public static IReadOnlyList<string> ProgramNames => Names;

    /// <summary>The drum kits' names, in program order: <c>Standard Kit</c> (0) to <c>Orchestra Kit</c> (48).</summary>
    public static IReadOnlyList<string> KitNames { get; } = [.. KitTable.Select(k => k.Name)];

    /// <summary>The drum kits, program (0–127, bank 128) and name, in program order.</summary>
    public static IReadOnlyList<(int Program, string Name)> Kits { get; } = KitTable;

    /// <summary>The name of melodic program <paramref name="program"/> (0–127).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="program"/> is outside 0–127.</exception>
    public static string ProgramName(int program)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(program);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(program, 127);
        return Names[program];
    }

    /// <summary>The name of the drum kit at program <paramref name="program"/>, or null when no kit is known there.</summary>
    public static string? KitName(int program)
    {
        foreach (var (kit, name) in KitTable)
        {
            if (kit == program)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// What program <paramref name="program"/> (0–127) plays on <paramref name="channel"/> (1–16):
    /// a kit's name on the drum channel (<c>drum kit 13</c> for a number no kit is known by), an
    /// instrument's name elsewhere.
    /// </summary>
    public static string Describe(int channel, int program) =>
        channel == DrumChannel
            ? KitName(program) ?? $"drum kit {program + 1}"
            : ProgramName(program);

    /// <summary>Reads an instrument name, such as <c>"Tubular Bells"</c> or <c>"electric bass finger"</c>.</summary>
    /// <param name="text">The name; case, spaces and punctuation do not count.</param>
    /// <param name="program">The program, 0–127; -1 when the name is not known.</param>
    public static bool TryParseProgram(string? text, out int program) => TryFind(ProgramsByKey, text, out program);

    /// <summary>Reads a drum kit's name, such as <c>"Standard Kit"</c>, <c>"tr-808"</c> or <c>"Brush"</c>.</summary>
    /// <param name="text">The name, with or without "Kit"; case, spaces and punctuation do not count.</param>
    /// <param name="program">The kit's program, 0–127; -1 when the name is not known.</param>
    public static bool TryParseKit(string? text, out int program) => TryFind(KitsByKey, text, out program);

    /// <summary>The instrument name closest to <paramref name="text"/>, when one is close enough to be a typo.</summary>
    internal static string? NearestProgram(string text) => Nearest(ProgramKeyList, text, Names);

    /// <summary>The kit name closest to <paramref name="text"/>, when one is close enough to be a typo.</summary>
    internal static string? NearestKit(string text) => Nearest(KitKeyList, text, null);

    /// <summary>A name as it is compared: lower-case letters and digits only.</summary>
    internal static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static bool TryFind(FrozenDictionary<string, int> table, string? text, out int program)
    {
        program = -1;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MappingLimits.MaxNameLength)
        {
            return false;
        }

        return table.TryGetValue(Key(text), out program);
    }

    /// <summary>The name whose key is nearest; of two as near, the one first in program order.</summary>
    private static string? Nearest(KeyValuePair<string, int>[] keys, string text, string[]? names)
    {
        var key = Key(text);
        if (key.Length == 0 || key.Length > MappingLimits.MaxNameLength)
        {
            return null;
        }

        if (MappingVocabulary.Nearest(key, keys.Select(k => k.Key)) is not { } nearest)
        {
            return null;
        }

        var program = keys.First(k => k.Key == nearest).Value;
        return names is null ? KitName(program) : names[program];
    }

    private static IEnumerable<KeyValuePair<string, int>> ProgramKeys()
    {
        for (var program = 0; program < Names.Length; program++)
        {
            yield return new(Key(Names[program]), program);
        }

        foreach (var (name, program) in Aliases)
        {
            yield return new(Key(name), program);
        }
    }

    private static IEnumerable<KeyValuePair<string, int>> KitKeys()
    {
        foreach (var (program, name) in KitTable)
        {
            var key = Key(name);
            yield return new(key, program);
            yield return new(key[..^"kit".Length], program);
        }
    }
}
