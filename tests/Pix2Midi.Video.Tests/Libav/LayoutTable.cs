using System.Globalization;
using System.Reflection;
using Pix2Midi.Video.Files.Libav;

namespace Pix2Midi.Video.Tests.Libav;

/// <summary>
/// A structure-layout table as tools/libav-layout/layout.c prints it ("Name value" lines named as
/// <see cref="LibavLayout"/>'s properties, then "Constant.Name value"), and its comparison with a
/// <see cref="LibavLayout"/>.
/// </summary>
internal sealed class LayoutTable
{
    private LayoutTable(string source, IReadOnlyDictionary<string, string> fields, IReadOnlyDictionary<string, long> constants)
    {
        Source = source;
        Fields = fields;
        Constants = constants;
    }

    /// <summary>Where the table came from, for messages (the file, or the headers' folder).</summary>
    public string Source { get; }

    /// <summary>The fields by <see cref="LibavLayout"/> property name, as printed.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The constants (<c>NoPts</c>, <c>ErrorEof</c>…) as printed.</summary>
    public IReadOnlyDictionary<string, long> Constants { get; }

    /// <summary>libavformat's major version the headers are of.</summary>
    public int FormatMajor => int.Parse(Fields[nameof(LibavLayout.FormatMajor)], CultureInfo.InvariantCulture);

    /// <summary>The properties of <see cref="LibavLayout"/> a table compares.</summary>
    public static IEnumerable<PropertyInfo> Properties =>
        typeof(LibavLayout).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != nameof(LibavLayout.Verified) && p.Name != "EqualityContract");

    public static LayoutTable Parse(string source, string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var constants = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("Versions ", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(' ', 2);
            if (parts[0].StartsWith("Constant.", StringComparison.Ordinal))
            {
                constants.Add(parts[0]["Constant.".Length..], long.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            else
            {
                fields.Add(parts[0], parts[1]);
            }
        }

        return new LayoutTable(source, fields, constants);
    }

    /// <summary>Every way <paramref name="layout"/> differs from this table, one line each; empty when they agree.</summary>
    public IReadOnlyList<string> Differences(LibavLayout layout)
    {
        var differences = new List<string>();
        foreach (var property in Properties)
        {
            var expected = Fields.TryGetValue(property.Name, out var value) ? value : null;
            var actual = property.GetValue(layout) switch
            {
                null => null,
                bool flag => flag ? "true" : "false",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
            if (expected != actual)
            {
                differences.Add($"{layout.Release} {property.Name}: the table says {actual ?? "(none)"}, {Source} says {expected ?? "(none)"}");
            }
        }

        foreach (var name in Fields.Keys.Where(k => Properties.All(p => p.Name != k)))
        {
            differences.Add($"{Source} prints {name}, which LibavLayout does not have");
        }

        return differences;
    }
}
