using System.Globalization;
using System.Text.Json;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping.Documents;

namespace Pix2Midi.Core.Mapping;

/// <summary>Checks a parsed mapping document and turns it into a <see cref="Mapping"/>.</summary>
/// <remarks>Reports every problem it finds and goes on, so the user sees them all at once.</remarks>
internal static partial class MappingCompiler
{
    private const double Epsilon = 1e-9;

    public static Mapping? Compile(MappingDocument document, string source, MappingProblems problems)
    {
        Unknown(document.Unknown, "$", MappingVocabulary.TopLevel, problems);
        if (document.Version is { } version && version != 1)
        {
            problems.AtValue("$.version", $"version {version} is not one this Pix2Midi reads; allowed: 1");
        }

        Text(document.Name, "$.name", isName: true, problems);
        Text(document.Description, "$.description", isName: false, problems);
        var limits = Limits(document.Limits, problems);
        var instruments = Instruments(document.Instruments, problems);
        var (time, grid, gridKnown) = Time(document, problems);
        if (gridKnown && grid is null)
        {
            ArpeggiosNeedAGrid(document, problems);
        }

        var defaults = Resolve(document.Defaults, Settings.BuiltIn with { Grid = grid }, "$.defaults", problems, MappingVocabulary.Settings);
        var regions = new List<MappedRegion>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var regionDocs = document.Regions ?? [];
        var gridDocs = document.Grids ?? [];
        var total = regionDocs.Count + gridDocs.Sum(g => g is null ? 0 : (long)Math.Max(0, g.Rows ?? 0) * Math.Max(0, g.Columns ?? 0));
        if (total > MappingLimits.MaxRegions)
        {
            problems.AtValue(regionDocs.Count > 0 ? "$.regions" : "$.grids", $"{total:N0} regions in all; a mapping may have at most {MappingLimits.MaxRegions:N0}");
            return null;
        }

        for (var i = 0; i < regionDocs.Count; i++)
        {
            var path = JsonLocator.Item("$.regions", i);
            if (regionDocs[i] is not { } doc)
            {
                if (!problems.Has(path))
                {
                    problems.AtValue(path, $"found null; allowed: {MappingVocabulary.AllowedItem("regions")}");
                }

                continue;
            }

            CompileRegion(doc, i, path, defaults, names, regions, problems);
        }

        for (var i = 0; i < gridDocs.Count; i++)
        {
            var path = JsonLocator.Item("$.grids", i);
            if (gridDocs[i] is not { } doc)
            {
                if (!problems.Has(path))
                {
                    problems.AtValue(path, $"found null; allowed: {MappingVocabulary.AllowedItem("grids")}");
                }

                continue;
            }

            CompileGrid(doc, i, path, defaults, names, regions, problems);
        }

        if (regionDocs.Count == 0 && gridDocs.Count == 0 && !problems.Has("$.regions") && !problems.Has("$.grids"))
        {
            problems.AtValue("$", "the mapping has no regions: add \"regions\" (single rectangles) or \"grids\" (rows × columns of cells); `pix2midi mapping init` writes a starting point");
        }

        return problems.Count > 0 || limits is null || instruments is not { } chosen || time is null
            ? null
            : new Mapping(document.Name ?? Path.GetFileNameWithoutExtension(source), document.Description ?? string.Empty, source, [.. regions]) { Limits = limits, Instruments = chosen, Time = time };
    }

    private static void CompileRegion(RegionDocument doc, int index, string path, Settings? defaults, Dictionary<string, string> names, List<MappedRegion> regions, MappingProblems problems)
    {
        var settings = Resolve(doc, defaults, path, problems, MappingVocabulary.Region);
        Text(doc.Name, JsonLocator.Child(path, "name"), isName: true, problems);
        var name = UniqueName(doc.Name ?? $"region{index + 1}", path, names, problems);
        var rect = Rect(doc.X, doc.Y, doc.Width, doc.Height, path, required: true, problems);
        var pitchPath = JsonLocator.Child(path, "pitch");
        var pitch = PitchMode(doc.Pitch, pitchPath, problems);
        var control = Control(doc.Cc, JsonLocator.Child(path, "cc"), 0, problems);
        int? note = null;
        if (doc.Note is { } element)
        {
            note = Note(element, JsonLocator.Child(path, "note"), problems);
            if (pitch?.FromScale == true)
            {
                problems.AtValue(JsonLocator.Child(path, "note"), $"a region with \"pitch\": \"{pitch.Name}\" takes its notes from the scale; remove \"note\", or make \"pitch\" \"fixed\"");
                note = null;
            }
        }
        else if (pitch?.FromScale == false && doc.Cc is null)
        {
            problems.AtValue(path, $"this region has no \"note\"; add one ({MappingVocabulary.Allowed("note")}), or \"pitch\": \"value\" to follow the scale, or a \"cc\"");
        }

        if (rect is not { } r || settings is not { } s || pitch is null || (doc.Cc is not null && control is null) || !HasCentre(pitch, s, pitchPath, problems))
        {
            return;
        }

        var playsNotes = pitch.FromScale || doc.Note is not null || control is null;
        if (!HarmonyFits(doc, s, path, playsNotes, problems))
        {
            return;
        }

        if (pitch.FromScale)
        {
            if (s.Range(path, problems) is { } range)
            {
                regions.Add(s.Region(name, r, range.Lowest, control) with { Pitch = range, PitchFrom = pitch.From });
            }
        }
        else if (note is { } n)
        {
            regions.Add(s.Region(name, r, n, control));
        }
        else if (doc.Note is null && control is not null)
        {
            regions.Add(s.ControlRegion(name, r, control));
        }
    }

    private static Settings? Resolve(RegionSettingsDocument? doc, Settings? inherited, string path, MappingProblems problems, string[] vocabulary)
    {
        if (doc is null)
        {
            return inherited;
        }

        Unknown(doc.Unknown, path, vocabulary, problems);
        var ok = inherited is not null;
        var s = inherited ?? Settings.BuiltIn;
        if (doc.Channel is { } c)
        {
            if (c is < 1 or > 16)
            {
                problems.AtValue(JsonLocator.Child(path, "channel"), $"channel {c} does not exist; allowed: {MappingVocabulary.Allowed("channel")}");
                ok = false;
            }

            s = s with { Channel = c };
        }

        if (doc.Measure is { } m)
        {
            if (MeasureNamed(m) is { } measure)
            {
                s = s with { Measure = measure };
            }
            else
            {
                problems.AtValue(JsonLocator.Child(path, "measure"), NotAMeasure(m));
                ok = false;
            }
        }

        if (doc.Colour is { } colourText)
        {
            var colour = Colour(colourText, JsonLocator.Child(path, "colour"), problems);
            ok &= colour is not null;
            s = s with { Colour = colour ?? s.Colour };
        }

        if (doc.Tolerance is { } tolerance)
        {
            var at = JsonLocator.Child(path, "tolerance");
            if (tolerance is < 0 or > 0.5 || double.IsNaN(tolerance))
            {
                problems.AtValue(at, $"{Show(tolerance)} is out of range; allowed: {MappingVocabulary.Allowed("tolerance")}");
                ok = false;
            }
            else if (s.Colour is null && doc.Colour is null && inherited is not null && path != "$.defaults")
            {
                // In "defaults" a tolerance alone is every colour region's; on a region or grid it needs a colour.
                problems.AtValue(at, "a \"tolerance\" without a \"colour\": it says how near a pixel must be to the colour the region looks at; add a \"colour\" here or in \"defaults\", or remove \"tolerance\"");
                ok = false;
            }

            s = s with { Tolerance = tolerance };
        }

        if (doc.On is { } onValue)
        {
            if (onValue is <= 0 or > 1 || double.IsNaN(onValue))
            {
                problems.AtValue(JsonLocator.Child(path, "on"), $"{Show(onValue)} is out of range; allowed: {MappingVocabulary.Allowed("on")}");
                ok = false;
            }

            s = s with { On = onValue };
        }

        // An off set here or above is kept; one never set is derived from "on" when the region is built.
        if (doc.Off is { } offValue)
        {
            if (offValue is < 0 or >= 1 || double.IsNaN(offValue))
            {
                problems.AtValue(JsonLocator.Child(path, "off"), $"{Show(offValue)} is out of range; allowed: {MappingVocabulary.Allowed("off")}");
                ok = false;
            }

            s = s with { Off = offValue };
        }

        if (s.Off is { } o && o >= s.On && ok)
        {
            problems.AtValue(JsonLocator.Child(path, doc.Off is not null ? "off" : "on"), $"\"off\" ({Show(o)}) must be below \"on\" ({Show(s.On)}) so a flickering value does not retrigger the note");
            ok = false;
        }

        ok &= Milliseconds(doc.MinLength, JsonLocator.Child(path, "minLength"), MappingLimits.MaxMilliseconds, problems);
        ok &= Milliseconds(doc.Cooldown, JsonLocator.Child(path, "cooldown"), MappingLimits.MaxMilliseconds, problems);
        s = s with { MinLength = doc.MinLength ?? s.MinLength, Cooldown = doc.Cooldown ?? s.Cooldown };

        if (doc.Velocity is { } velocity)
        {
            var resolved = Velocity(velocity, s, JsonLocator.Child(path, "velocity"), problems);
            ok &= resolved is not null;
            s = resolved ?? s;
        }

        if (doc.Scale is not null || doc.Intervals is not null)
        {
            var error = Scale.TryParse(doc.Scale, doc.Intervals, s.Scale, out var scale);
            if (error is not null)
            {
                problems.AtValue(JsonLocator.Child(path, doc.Scale is not null && !error.Contains("interval", StringComparison.Ordinal) ? "scale" : "intervals"), error);
                ok = false;
            }
            else
            {
                s = s with { Scale = scale! };
            }
        }

        if (doc.Lowest is { } lowest)
        {
            var note = Note(lowest, JsonLocator.Child(path, "lowest"), problems);
            ok &= note is not null;
            s = s with { Lowest = note ?? s.Lowest };
        }

        if (doc.Highest is { } highest)
        {
            var note = Note(highest, JsonLocator.Child(path, "highest"), problems);
            ok &= note is not null;
            s = s with { Highest = note ?? s.Highest };
        }

        if (doc.Chord is { } chordElement)
        {
            var chord = Chord(chordElement, JsonLocator.Child(path, "chord"), problems);
            ok &= chord is not null;
            s = s with { Chord = chord ?? s.Chord };
        }

        if (doc.Arpeggio is { } arpeggio)
        {
            var resolved = ArpeggioOf(arpeggio, s.Arpeggio, JsonLocator.Child(path, "arpeggio"), problems);
            ok &= resolved is not null;
            s = s with { Arpeggio = resolved ?? s.Arpeggio };
        }

        if (ok && s.Lowest > s.Highest)
        {
            problems.AtValue(JsonLocator.Child(path, doc.Lowest is not null ? "lowest" : "highest"), $"\"lowest\" ({NoteName.Format(s.Lowest)}) is above \"highest\" ({NoteName.Format(s.Highest)})");
            ok = false;
        }

        return ok ? s : null;
    }

    private static Settings? Velocity(VelocityDocument velocity, Settings s, string path, MappingProblems problems)
    {
        Unknown(velocity.Unknown, path, MappingVocabulary.Velocity, problems);
        var ok = VelocityValue(velocity.Min, JsonLocator.Child(path, "min"), problems);
        ok &= VelocityValue(velocity.Max, JsonLocator.Child(path, "max"), problems);
        var min = velocity.Min ?? s.VelocityMin;
        var max = velocity.Max ?? s.VelocityMax;
        if (ok && min > max)
        {
            problems.AtValue(JsonLocator.Child(path, velocity.Min is not null ? "min" : "max"), $"velocity min ({min}) is above max ({max})");
            ok = false;
        }

        var curve = s.Curve;
        var shape = s.Shape;
        if (velocity.Curve is { } name)
        {
            VelocityCurve? parsed = name.Trim().ToLowerInvariant() switch
            {
                "linear" => VelocityCurve.Linear,
                "exponential" or "exp" => VelocityCurve.Exponential,
                "logarithmic" or "log" => VelocityCurve.Logarithmic,
                "gamma" or "power" => VelocityCurve.Gamma,
                _ => null,
            };
            if (parsed is null)
            {
                problems.AtValue(JsonLocator.Child(path, "curve"), $"{MappingText.Quote(name)} is not a curve; {Hint(name, ["linear", "exponential", "logarithmic", "gamma"], MappingVocabulary.Allowed("curve"))}");
                ok = false;
            }
            else
            {
                // A new curve brings its own default shape unless one is given with it.
                curve = parsed.Value;
                shape = null;
            }
        }

        if (velocity.Shape is { } value)
        {
            if (value <= 0 || value > MappingLimits.MaxCurveShape || double.IsNaN(value))
            {
                problems.AtValue(JsonLocator.Child(path, "shape"), $"{Show(value)} is out of range; allowed: {MappingVocabulary.Allowed("shape")}");
                ok = false;
            }

            shape = value;
        }

        return ok ? s with { VelocityMin = min, VelocityMax = max, Curve = curve, Shape = shape } : null;
    }

    private static NoteLimits? Limits(LimitsDocument? doc, MappingProblems problems)
    {
        if (doc is null)
        {
            return NoteLimits.None;
        }

        const string path = "$.limits";
        Unknown(doc.Unknown, path, MappingVocabulary.Limits, problems);
        var ok = true;
        if (doc.Polyphony is { } polyphony && (polyphony < 1 || polyphony > MappingLimits.MaxPolyphony))
        {
            problems.AtValue(JsonLocator.Child(path, "polyphony"), $"{polyphony} is out of range; allowed: {MappingVocabulary.Allowed("polyphony")}");
            ok = false;
        }

        if (doc.NotesPerSecond is { } rate && (rate < 1 || rate > MappingLimits.MaxNotesPerSecond))
        {
            problems.AtValue(JsonLocator.Child(path, "notesPerSecond"), $"{rate} is out of range; allowed: {MappingVocabulary.Allowed("notesPerSecond")}");
            ok = false;
        }

        if (doc.Thinning is { } thinning && (thinning is < 0 or > 1 || double.IsNaN(thinning)))
        {
            problems.AtValue(JsonLocator.Child(path, "thinning"), $"{Show(thinning)} is out of range; allowed: {MappingVocabulary.Allowed("thinning")}");
            ok = false;
        }

        return ok ? new NoteLimits(doc.Polyphony, doc.NotesPerSecond, doc.Thinning ?? 0, doc.Seed ?? 0) : null;
    }

    private static ControlOutput? Control(ControlDocument? doc, string path, int offset, MappingProblems problems)
    {
        if (doc is null)
        {
            return null;
        }

        Unknown(doc.Unknown, path, MappingVocabulary.Control, problems);
        var ok = true;
        if (doc.Controller is not { } controller)
        {
            problems.AtValue(path, $"\"controller\" is missing; allowed: {MappingVocabulary.Allowed("controller")}");
            return null;
        }

        if (controller is < 0 or > 119)
        {
            problems.AtValue(JsonLocator.Child(path, "controller"), $"controller {controller} is out of range; allowed: {MappingVocabulary.Allowed("controller")} (120–127 are channel mode messages)");
            ok = false;
        }
        else if (controller + offset > 119)
        {
            problems.AtValue(JsonLocator.Child(path, "controller"), $"the cells need controllers {controller}–{controller + offset}, past 119; start at {Math.Max(0, 119 - offset)} or lower, or use fewer cells");
            ok = false;
        }

        foreach (var (name, value) in new[] { ("min", doc.Min), ("max", doc.Max) })
        {
            if (value is { } v && v is < 0 or > 127)
            {
                problems.AtValue(JsonLocator.Child(path, name), $"{v} is out of range; allowed: {MappingVocabulary.Allowed(name, "cc")}");
                ok = false;
            }
        }

        foreach (var (name, value) in new[] { ("low", doc.Low), ("high", doc.High) })
        {
            if (value is { } v && (v is < 0 or > 1 || double.IsNaN(v)))
            {
                problems.AtValue(JsonLocator.Child(path, name), $"{Show(v)} is out of range; allowed: {MappingVocabulary.Allowed(name, "cc")}");
                ok = false;
            }
        }

        var low = doc.Low ?? 0;
        var high = doc.High ?? 1;
        if (ok && low >= high)
        {
            problems.AtValue(JsonLocator.Child(path, doc.Low is not null ? "low" : "high"), $"\"low\" ({Show(low)}) must be below \"high\" ({Show(high)}); to invert, make \"min\" larger than \"max\"");
            ok = false;
        }

        ok &= Milliseconds(doc.Smoothing, JsonLocator.Child(path, "smoothing"), MappingLimits.MaxSmoothingMilliseconds, problems);
        var (known, from) = ControlFrom(doc.From, JsonLocator.Child(path, "from"), problems);
        ok &= known;
        return ok ? new ControlOutput(controller, doc.Min ?? 0, doc.Max ?? 127, low, high, TimeSpan.FromMilliseconds(doc.Smoothing ?? 0)) { From = from } : null;
    }

    private static bool VelocityValue(int? value, string path, MappingProblems problems)
    {
        if (value is { } v && v is < 1 or > 127)
        {
            problems.AtValue(path, $"velocity {v} is out of range; allowed: {MappingVocabulary.Allowed("min")}");
            return false;
        }

        return true;
    }

    private static bool Milliseconds(double? value, string path, double max, MappingProblems problems)
    {
        if (value is { } v && (v < 0 || v > max || double.IsNaN(v)))
        {
            problems.AtValue(path, $"{Show(v)} ms is out of range; allowed: milliseconds of video time, 0–{Show(max)}");
            return false;
        }

        return true;
    }

    private static NormalizedRect? Rect(double? x, double? y, double? width, double? height, string path, bool required, MappingProblems problems)
    {
        var ok = true;
        var values = new[] { ("x", x), ("y", y), ("width", width), ("height", height) };
        foreach (var (name, value) in values)
        {
            var at = JsonLocator.Child(path, name);
            if (value is null)
            {
                if (required && !problems.Has(at))
                {
                    problems.AtValue(path, $"\"{name}\" is missing; allowed: {MappingVocabulary.Allowed(name)}");
                }

                ok = false;
                continue;
            }

            var isSize = name is "width" or "height";
            if (double.IsNaN(value.Value) || value.Value < 0 || value.Value > 1 || (isSize && value.Value <= 0))
            {
                problems.AtValue(at, $"{Show(value.Value)} is outside the frame; allowed: {MappingVocabulary.Allowed(name)}");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        if (x!.Value + width!.Value > 1 + Epsilon)
        {
            problems.AtValue(JsonLocator.Child(path, "width"), $"x + width = {Show(x.Value + width.Value)} reaches past the right edge; x + width may be at most 1");
            ok = false;
        }

        if (y!.Value + height!.Value > 1 + Epsilon)
        {
            problems.AtValue(JsonLocator.Child(path, "height"), $"y + height = {Show(y.Value + height.Value)} reaches past the bottom edge; y + height may be at most 1");
            ok = false;
        }

        return ok ? new NormalizedRect(x.Value, y.Value, Math.Min(width.Value, 1 - x.Value), Math.Min(height.Value, 1 - y.Value)) : null;
    }

    private static int? Note(JsonElement element, string path, MappingProblems problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt32(out var number) && number is >= 0 and <= 127:
                return number;
            case JsonValueKind.String when NoteName.TryParse(element.GetString(), out var named):
                return named;
            case JsonValueKind.String:
                problems.AtValue(path, $"{MappingText.Quote(element.GetString() ?? string.Empty)} is not a note; allowed: {MappingVocabulary.Allowed("note")}");
                return null;
            default:
                problems.AtValue(path, $"{MappingTypeChecker.Describe(element)} is not a note; allowed: {MappingVocabulary.Allowed("note")}");
                return null;
        }
    }

    /// <summary>
    /// Names are one short line; a description may have line breaks. Neither may hold control
    /// characters, which would reach the terminal when the name is printed.
    /// </summary>
    private static void Text(string? text, string path, bool isName, MappingProblems problems)
    {
        if (text is null)
        {
            return;
        }

        if (isName && text.Length > MappingLimits.MaxNameLength)
        {
            problems.AtValue(path, $"a name of {text.Length:N0} characters; allowed: at most {MappingLimits.MaxNameLength}");
        }
        else if (MappingText.HasControl(text, allowLineBreaks: !isName))
        {
            var allowed = isName ? "one line of text without control characters" : "text without control characters (line breaks and tabs are fine)";
            problems.AtValue(path, $"the text holds {MappingText.FirstControl(text, allowLineBreaks: !isName)}, a control or bidirectional-override character; allowed: {allowed}");
        }
    }

    private static string UniqueName(string name, string path, Dictionary<string, string> names, MappingProblems problems)
    {
        if (!names.TryAdd(name, path))
        {
            problems.AtValue(JsonLocator.Child(path, "name"), $"the name {MappingText.Quote(name)} is already used at {names[name]}; names must be unique");
        }

        return name;
    }

    private static void Unknown(Dictionary<string, JsonElement>? unknown, string path, string[] known, MappingProblems problems)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var property in unknown.Keys)
        {
            if (problems.IsFull)
            {
                // Not listed: spare the search for a near name.
                problems.AtName(JsonLocator.Child(path, property), string.Empty);
                continue;
            }

            var nearest = MappingVocabulary.Nearest(property, known);
            var hint = nearest is null ? $"known here: {string.Join(", ", known)}" : $"did you mean \"{nearest}\"?";
            problems.AtName(JsonLocator.Child(path, property), $"unknown property {MappingText.Quote(property, MappingLimits.MaxPropertyNameLength)}; {hint}");
        }
    }

    private static string Hint(string found, string[] known, string allowed) =>
        MappingVocabulary.Nearest(found.Trim(), known) is { } nearest ? $"did you mean \"{nearest}\"? allowed: {allowed}" : $"allowed: {allowed}";

    /// <summary>A number as messages show it: 0.85, 60000, or 1E+300 rather than three hundred digits.</summary>
    private static string Show(double value) => value.ToString(Math.Abs(value) < 1e9 ? "0.###" : "0.###E+0", CultureInfo.InvariantCulture);
}
