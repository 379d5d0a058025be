using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Cli.Mappings;

/// <summary><c>pix2midi mapping validate FILE...</c>: every problem of every file, one line each.</summary>
internal sealed class MappingValidateService(TextWriter output, TextWriter error)
{
    public int Run(IReadOnlyList<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var mapping = MappingLoader.Load(MappingResolver.Resolve(file));
                output.WriteLine(Summary(file, mapping));
            }
            catch (MappingException e)
            {
                failed++;
                foreach (var problem in e.Problems)
                {
                    error.WriteLine("error: " + problem);
                }
            }
            catch (UserInputException e)
            {
                failed++;
                error.WriteLine("error: " + e.Message);
            }
        }

        if (files.Count > 1)
        {
            output.WriteLine(failed == 0 ? $"All {files.Count} mappings are valid." : $"{failed} of {files.Count} mappings have problems.");
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    public static string Summary(string file, Mapping mapping)
    {
        var channels = string.Join(", ", mapping.Channels);
        var notes = mapping.Regions.Count(r => r.PlaysNotes);
        var controllers = mapping.Regions.Count(r => r.Control is not null);
        var parts = new List<string> { $"{mapping.Regions.Length} region{(mapping.Regions.Length == 1 ? string.Empty : "s")}" };
        if (controllers > 0)
        {
            parts.Add($"{notes} playing notes, {controllers} sending controllers");
        }

        parts.Add($"channel{(mapping.Channels.Count == 1 ? string.Empty : "s")} {channels}");
        var colours = mapping.Regions.Where(r => r.Colour is not null).Select(r => r.Colour!.Name).Distinct(StringComparer.Ordinal).ToList();
        if (colours.Count > 0)
        {
            parts.Add($"colour{(colours.Count == 1 ? string.Empty : "s")} {string.Join(", ", colours)}");
        }

        if (mapping.Instruments.Length > 0)
        {
            parts.Add("instruments " + string.Join(", ", mapping.Instruments.Select(i => $"{i.Channel} {i.Name}")));
        }

        if (mapping.Time != MusicalTime.Default)
        {
            parts.Add("tempo " + mapping.Time);
        }

        var chords = Grouped(mapping.Regions.Where(r => r.Chord is not null), r => r.Chord!.ToString());
        if (chords.Length > 0)
        {
            parts.Add($"chord{(chords.Length == 1 ? string.Empty : "s")} {string.Join(", ", chords)}");
        }

        var arpeggios = Grouped(mapping.Regions.Where(r => r.Arpeggio is not null), r => $"{r.Arpeggio!.Pattern.ToString().ToLowerInvariant()} {r.Arpeggio.Rate}");
        if (arpeggios.Length > 0)
        {
            parts.Add($"arpeggio{(arpeggios.Length == 1 ? string.Empty : "s")} {string.Join(", ", arpeggios)}");
        }

        return $"{file}: valid: \"{mapping.Name}\", {string.Join(", ", parts)}";
    }

    /// <summary>Each kind once, in the regions' order, with the region it is on or how many: <c>triad on 18 regions</c>, <c>power on "glow"</c>.</summary>
    private static string[] Grouped(IEnumerable<MappedRegion> regions, Func<MappedRegion, string> kind) =>
        [.. regions.GroupBy(kind, StringComparer.Ordinal).Select(g => g.Count() == 1 ? $"{g.Key} on \"{g.First().Name}\"" : $"{g.Key} on {g.Count()} regions")];
}
