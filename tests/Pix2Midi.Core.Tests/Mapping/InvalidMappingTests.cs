using System.Text.RegularExpressions;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// Invalid mappings grouped by error kind under <c>Invalid/&lt;kind&gt;/</c>. Each file lists what
/// it must produce in its leading comments, one problem a line:
/// <c>// expect: LINE:COLUMN PATH MESSAGE-FRAGMENT</c> (PATH <c>""</c> for none). The loader must
/// report exactly those problems, all at once, each at its place.
/// </summary>
public partial class InvalidMappingTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Pix2Midi.Core.Tests", "Mapping", "Invalid");

    public static TheoryData<string> Files =>
        [.. Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).Order()];

    [Fact]
    public void Every_kind_of_error_has_an_example() =>
        Assert.Equal(
            ["colour", "conflicting", "duplicate-name", "frame", "grid-too-large", "no-regions", "out-of-range", "syntax", "unknown-instrument", "unknown-note", "unknown-property", "unknown-scale", "wrong-type"],
            Directory.EnumerateDirectories(Folder).Select(Path.GetFileName).Order());

    [Theory]
    [MemberData(nameof(Files))]
    public void Reports_exactly_the_expected_problems_each_at_its_line_column_and_path(string file)
    {
        var path = Path.Combine(Folder, file);
        var expected = File.ReadLines(path)
            .Select(l => ExpectLine().Match(l))
            .Where(m => m.Success)
            .Select(m => (Line: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Column: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Path: m.Groups[3].Value == "\"\"" ? string.Empty : m.Groups[3].Value, Message: m.Groups[4].Value))
            .ToList();
        Assert.NotEmpty(expected);

        var problems = Assert.Throws<MappingException>(() => MappingLoader.Load(path)).Problems;

        var shown = string.Join("\n", problems);
        Assert.True(expected.Count == problems.Count, $"expected {expected.Count} problems, got:\n{shown}");
        foreach (var e in expected)
        {
            Assert.True(
                problems.Any(p => p.Line == e.Line && p.Column == e.Column && p.Path == e.Path && p.Message.Contains(e.Message, StringComparison.Ordinal)),
                $"no problem {e.Line}:{e.Column} {e.Path} \"{e.Message}\" among:\n{shown}");
        }

        Assert.All(problems, p => Assert.StartsWith($"{path}:{p.Line}:{p.Column}: ", p.ToString(), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^// expect: (\d+):(\d+) (\S+) (.+)$")]
    private static partial Regex ExpectLine();
}
