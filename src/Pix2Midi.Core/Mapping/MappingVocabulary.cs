using System.Text.Json.Serialization.Metadata;
using Pix2Midi.Core.Mapping.Documents;

namespace Pix2Midi.Core.Mapping;

/// <summary>The property names each object of a mapping file knows, and what each allows, for messages.</summary>
internal static class MappingVocabulary
{
    public static readonly string[] TopLevel = Known(MappingJsonContext.Default.MappingDocument);
    public static readonly string[] Settings = Known(MappingJsonContext.Default.RegionSettingsDocument);
    public static readonly string[] Region = Known(MappingJsonContext.Default.RegionDocument);
    public static readonly string[] Grid = Known(MappingJsonContext.Default.GridDocument);
    public static readonly string[] Velocity = Known(MappingJsonContext.Default.VelocityDocument);
    public static readonly string[] Control = Known(MappingJsonContext.Default.ControlDocument);
    public static readonly string[] Limits = Known(MappingJsonContext.Default.LimitsDocument);
    public static readonly string[] Arpeggio = Known(MappingJsonContext.Default.ArpeggioDocument);

    /// <summary>What a property allows, by its name (and, for some, the object it is in).</summary>
    public static string Allowed(string property, string? parent = null) => (parent, property) switch
    {
        ("cc", "min" or "max") => "a whole number 0–127",
        ("cc", "low" or "high") => "a number from 0 to 1 (a measured value), \"low\" below \"high\"",
        ("cc", "from") => "\"value\" (the region's measure), another measure (\"brightness\", \"peak\", \"darkness\", \"motion\", \"change\", \"coverage\", \"hue\", \"saturation\", \"red\", \"green\", \"blue\"), or \"x\" or \"y\" (where across or up the region its coloured or bright pixels are)",
        ("limits", "seed") => "a whole number",
        ("arpeggio", "pattern") => "\"up\", \"down\", \"updown\" or \"random\"",
        ("arpeggio", "rate") => "a grid, \"1/4\", \"1/8\", \"1/16\", \"1/32\", or the triplets \"1/8t\", \"1/16t\" (one note per line of it)",
        ("arpeggio", "octaves") => $"a whole number 1–{Music.Arpeggio.MaxOctaves} (the octaves the chord is stacked over)",
        ("arpeggio", "gate") => "a number from 0.1 to 1 (how much of a step each note sounds)",
        (_, "tempo") => $"a number of beats (quarter notes) a minute, {Music.MusicalTime.MinBeatsPerMinute:0}–{Music.MusicalTime.MaxBeatsPerMinute:0}",
        (_, "quantize") => "\"off\" (each note at its frame's time), a grid, \"1/4\", \"1/8\", \"1/16\", \"1/32\", or the triplets \"1/8t\", \"1/16t\"",
        (_, "swing") => $"a number from 0 to {Music.MusicalTime.MaxSwing} (the share of a step every second grid line moves later)",
        (_, "chord") => $"a chord name, \"major\", \"minor\", \"sus2\", \"sus4\", \"7\", \"maj7\", \"m7\", \"dim\", \"aug\", \"power\", \"triad\" or \"seventh\" (from the scale), or the semitones above the note such as [0, 4, 7], each 0–{Music.ChordShape.MaxInterval}, at most {Music.ChordShape.MaxNotes} notes",
        (_, "chordIntervals") => $"a list of semitones above the note such as [0, 4, 7], each 0–{Music.ChordShape.MaxInterval}, at most {Music.ChordShape.MaxNotes} notes",
        (_, "arpeggio") => "an object such as { \"pattern\": \"up\", \"rate\": \"1/16\", \"octaves\": 2, \"gate\": 0.5 }",
        (_, "channel") => "a whole number 1–16",
        (_, "measure") => "\"brightness\" (mean of the region), \"peak\" (its brightest pixel), \"darkness\" (1 − brightness), \"motion\" (change since the previous frame), \"change\" (difference from the picture when the run started), \"coverage\" (share of its pixels in its colour), \"hue\", \"saturation\", \"red\", \"green\" or \"blue\"",
        (_, "colour") => "a colour name, red, orange, yellow, green, cyan, blue, purple, magenta, pink or white, or \"#rrggbb\" such as \"#ff8800\"",
        (_, "tolerance") => "a number from 0 to 0.5 (how far round the colour wheel from \"colour\"; for white, how much dimmer)",
        (_, "on") => "a number above 0 and up to 1 (the value that starts the note)",
        (_, "off") => "a number from 0 to 1, below \"on\" (the value that stops the note)",
        (_, "minLength" or "cooldown") => "milliseconds of video time, 0–60000",
        (_, "velocity") => "an object such as { \"min\": 40, \"max\": 127, \"curve\": \"linear\" }",
        (_, "min" or "max") => "a whole number 1–127",
        (_, "curve") => "\"linear\", \"exponential\", \"logarithmic\" or \"gamma\"",
        (_, "shape") => $"a number above 0 and up to {MappingLimits.MaxCurveShape}",
        (_, "scale") => "a root and a scale name such as \"A minor pentatonic\" or \"D dorian\"",
        (_, "intervals") => "a list of semitones above the root, each 0–11, such as [0, 2, 3, 7, 9]",
        (_, "x" or "y") => "a number from 0 to 1 (fraction of the frame, from the top-left corner)",
        (_, "width" or "height") => "a number above 0 and up to 1 (fraction of the frame)",
        (_, "note" or "lowest" or "highest" or "firstNote") => "a note number 0–127 or a name such as \"C4\" (middle C, 60), \"D#3\" or \"Eb5\"",
        (_, "notes") => "a list of rows × columns notes, each a number 0–127 or a name such as \"C4\"",
        (_, "pitch") => "\"fixed\" (play \"note\"), or a pitch along the scale from \"value\" (the measured value), \"hue\" (round the wheel from red), \"x\" (left low, right high) or \"y\" (bottom low, top high)",
        (_, "cc") => "an object such as { \"controller\": 74, \"smoothing\": 100 }",
        (_, "controller") => "a whole number 0–119",
        (_, "smoothing") => $"milliseconds of video time, 0–{MappingLimits.MaxSmoothingMilliseconds}",
        (_, "rows" or "columns") => $"a whole number 1–{MappingLimits.MaxGridSide}",
        (_, "polyphony") => "a whole number 1–128",
        (_, "notesPerSecond") => $"a whole number 1–{MappingLimits.MaxNotesPerSecond}",
        (_, "thinning") => "a number from 0 to 1 (the share of notes left out)",
        (_, "seed") => "a whole number",
        (_, "limits") => "an object such as { \"polyphony\": 8, \"notesPerSecond\": 12 }",
        (_, "version") => "1",
        (_, "name" or "description" or "$schema") => "text",
        (_, "regions") => "a list of regions, each { \"name\", \"x\", \"y\", \"width\", \"height\", \"note\" }",
        (_, "grids") => "a list of grids, each { \"name\", \"rows\", \"columns\", \"notes\" }",
        (_, "instruments") => "an object of channels and instruments such as { \"1\": \"Tubular Bells\", \"2\": \"Synth Bass 1\", \"10\": \"Standard Kit\" }",
        (_, "instrumentChannel") => "a channel \"1\" to \"16\" as the key, such as { \"1\": \"Tubular Bells\" }",
        (_, "instrument") => "a General MIDI instrument name such as \"Acoustic Grand Piano\", \"Tubular Bells\" or \"Electric Bass (finger)\" (docs/mapping.md lists all 128), or its number 1–128 (1 = Acoustic Grand Piano)",
        (_, "drumKit") => "a drum kit, \"Standard Kit\", \"Room Kit\", \"Power Kit\", \"Electronic Kit\", \"TR-808 Kit\", \"Jazz Kit\", \"Brush Kit\" or \"Orchestra Kit\", or a program number 1–128 (1 = Standard Kit)",
        (_, "defaults") => "an object of region settings: channel, measure, colour, on, off, velocity, scale…",
        _ => "a value of the right type",
    };

    /// <summary>What an item of the list <paramref name="property"/> allows.</summary>
    public static string AllowedItem(string property) => property switch
    {
        "regions" => "a region object such as { \"name\": \"moon\", \"x\": 0, \"y\": 0, \"width\": 0.5, \"height\": 0.5, \"note\": \"C4\" }",
        "grids" => "a grid object such as { \"rows\": 4, \"columns\": 4, \"firstNote\": \"C3\" }",
        "notes" => Allowed("note"),
        "intervals" => "a whole number 0–11 (semitones above the root)",
        "chordIntervals" => $"a whole number 0–{Music.ChordShape.MaxInterval} (semitones above the note)",
        _ => "a value of the right type",
    };

    /// <summary>The known name closest to <paramref name="unknown"/>, when one is close enough to be a typo.</summary>
    public static string? Nearest(string unknown, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var threshold = Math.Max(2, unknown.Length / 3);
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - unknown.Length) > threshold)
            {
                // The distance is at least the difference in length: too far, and not worth computing.
                continue;
            }

            var distance = Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= threshold ? best : null;
    }

    private static string[] Known(JsonTypeInfo info) =>
        [.. info.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name)];

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
