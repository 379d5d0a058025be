using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Pix2Midi.Core.Mapping;

/// <summary>The <c>instruments</c> object: a General MIDI program per channel.</summary>
internal static partial class MappingCompiler
{
    private const string InstrumentsPath = "$.instruments";

    /// <summary>
    /// The instruments by ascending channel, or null (with problems) when any entry is wrong. A
    /// drum kit belongs on channel 10 and a melodic instrument anywhere else: General MIDI plays
    /// channel 10 as drums whatever program it is sent, so a piano there would be a surprise.
    /// </summary>
    private static ImmutableArray<MappedInstrument>? Instruments(IReadOnlyDictionary<string, JsonElement>? doc, MappingProblems problems)
    {
        if (doc is null)
        {
            return [];
        }

        var ok = true;
        var chosen = new List<MappedInstrument>(doc.Count);
        foreach (var (key, value) in doc)
        {
            var path = JsonLocator.Child(InstrumentsPath, key);
            var channel = InstrumentChannel(key, path, problems);
            var program = channel is { } c ? InstrumentProgram(value, c, path, problems) : null;
            if (channel is null || program is null)
            {
                ok = false;
                continue;
            }

            chosen.Add(new MappedInstrument(channel.Value, program.Value));
        }

        return ok ? [.. chosen.OrderBy(i => i.Channel)] : null;
    }

    /// <summary>A key "1"–"16", or null (with a problem at the key).</summary>
    private static int? InstrumentChannel(string key, string path, MappingProblems problems)
    {
        if (key.Length is 1 or 2 && key[0] != '0' && key.All(char.IsAsciiDigit) && int.Parse(key, CultureInfo.InvariantCulture) is >= 1 and <= 16 and var channel)
        {
            return channel;
        }

        // "ch2", "channel 2" or "02": the number is there, in another form.
        var digits = new string([.. key.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit)]);
        var meant = digits.Length is > 0 and <= 3 && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 16 and var n ? n : 0;
        var hint = meant > 0 ? $"did you mean \"{meant}\"? " : string.Empty;
        problems.AtName(path, $"{MappingText.Quote(key, MappingLimits.MaxPropertyNameLength)} is not a MIDI channel; {hint}allowed: {MappingVocabulary.Allowed("instrumentChannel")}");
        return null;
    }

    /// <summary>The program (0–127) <paramref name="value"/> names on <paramref name="channel"/>, or null (with a problem at the value).</summary>
    private static int? InstrumentProgram(JsonElement value, int channel, string path, MappingProblems problems)
    {
        var drums = channel == GeneralMidi.DrumChannel;
        var allowed = MappingVocabulary.Allowed(drums ? "drumKit" : "instrument");
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetInt32(out var number) && number is >= 1 and <= 128:
                return number - 1;
            case JsonValueKind.Number:
                problems.AtValue(path, $"{MappingTypeChecker.Describe(value)} is not a program number; allowed: {allowed}");
                return null;
            case JsonValueKind.String:
                return NamedProgram(value.GetString() ?? string.Empty, drums, path, allowed, problems);
            default:
                problems.AtValue(path, $"found {MappingTypeChecker.Describe(value)}; allowed: {allowed}");
                return null;
        }
    }

    private static int? NamedProgram(string name, bool drums, string path, string allowed, MappingProblems problems)
    {
        if (drums ? GeneralMidi.TryParseKit(name, out var program) : GeneralMidi.TryParseProgram(name, out program))
        {
            return program;
        }

        var quoted = MappingText.Quote(name);
        if (int.TryParse(name.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 128)
        {
            problems.AtValue(path, $"{quoted} is text; write the program number without quotes: {number}");
        }
        else if (drums && GeneralMidi.TryParseProgram(name, out var melodic))
        {
            problems.AtValue(path, $"{quoted} is a melodic instrument, and channel 10 is the General MIDI drum channel, which plays drum kits; did you mean \"{GeneralMidi.KitNames[0]}\"? allowed: {allowed}; for {GeneralMidi.ProgramName(melodic)} choose another channel");
        }
        else if (!drums && GeneralMidi.TryParseKit(name, out _))
        {
            problems.AtValue(path, $"{quoted} is a drum kit, and drum kits play on channel {GeneralMidi.DrumChannel} only; put it under \"{GeneralMidi.DrumChannel}\", or choose an instrument: {allowed}");
        }
        else
        {
            var nearest = drums ? GeneralMidi.NearestKit(name) : GeneralMidi.NearestProgram(name);
            var hint = nearest is null ? string.Empty : $"did you mean \"{nearest}\"? ";
            problems.AtValue(path, $"{quoted} is not a General MIDI {(drums ? "drum kit" : "instrument")}; {hint}allowed: {allowed}");
        }

        return null;
    }
}
