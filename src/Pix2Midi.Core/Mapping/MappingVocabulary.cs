namespace Pix2Midi.Core.Mapping;

/// <summary>The property names each object of a mapping file knows, and what each allows, for messages.</summary>
internal static class MappingVocabulary
{
    public static readonly string[] TopLevel = ["$schema", "version", "name", "description", "defaults", "regions", "grids"];
    public static readonly string[] Settings = ["channel", "measure", "on", "off", "velocity"];
    public static readonly string[] Region = [.. Settings, "name", "x", "y", "width", "height", "note"];
    public static readonly string[] Grid = [.. Settings, "name", "x", "y", "width", "height", "rows", "columns", "notes"];
    public static readonly string[] Velocity = ["min", "max"];

    /// <summary>What a property allows, by its name.</summary>
    public static string Allowed(string property) => property switch
    {
        "channel" => "a whole number 1–16",
        "measure" => "\"brightness\" (mean of the region) or \"peak\" (its brightest pixel)",
        "on" => "a number from 0 to 1 (the brightness that starts the note)",
        "off" => "a number from 0 to 1, below \"on\" (the brightness that stops the note)",
        "velocity" => "an object such as { \"min\": 40, \"max\": 127 }",
        "min" or "max" => "a whole number 1–127",
        "x" or "y" => "a number from 0 to 1 (fraction of the frame, from the top-left corner)",
        "width" or "height" => "a number above 0 and up to 1 (fraction of the frame)",
        "note" => "a note number 0–127 or a name such as \"C4\" (middle C, 60), \"D#3\" or \"Eb5\"",
        "notes" => "a list of rows × columns notes, each a number 0–127 or a name such as \"C4\"",
        "rows" or "columns" => $"a whole number 1–{MappingLimits.MaxGridSide}",
        "version" => "1",
        "name" or "description" or "$schema" => "text",
        "regions" => "a list of regions, each { \"name\", \"x\", \"y\", \"width\", \"height\", \"note\" }",
        "grids" => "a list of grids, each { \"name\", \"rows\", \"columns\", \"notes\" }",
        "defaults" => "an object of region settings: channel, measure, on, off, velocity",
        _ => "a value of the right type",
    };

    /// <summary>The known name closest to <paramref name="unknown"/>, when one is close enough to be a typo.</summary>
    public static string? Nearest(string unknown, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, unknown.Length / 3) ? best : null;
    }

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
