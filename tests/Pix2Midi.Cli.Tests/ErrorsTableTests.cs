using System.Text.RegularExpressions;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// <c>docs/errors.md</c> promises a test for every fault it lists: each row names at least one
/// test as <c>`Class.Method`</c>, and each name must be a test that exists in the suites.
/// </summary>
public sealed partial class ErrorsTableTests
{
    private static readonly string Document = Path.Combine(RepoPaths.Root, "docs", "errors.md");

    [Fact]
    public void Every_row_names_a_test()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 30, $"docs/errors.md lists only {rows.Count} faults");
        var bare = rows.Where(r => r.Tests.Count == 0).Select(r => $"line {r.Line}: {r.Fault}").ToList();
        Assert.True(bare.Count == 0, "rows without a test:\n" + string.Join('\n', bare));
    }

    [Fact]
    public void Every_named_test_exists_and_is_a_test()
    {
        var tests = TestMethods();
        var missing = Rows()
            .SelectMany(r => r.Tests.Select(t => (r.Line, Test: t)))
            .Where(x => !tests.Contains(x.Test))
            .Select(x => $"line {x.Line}: {x.Test}")
            .ToList();
        Assert.True(missing.Count == 0, "named in docs/errors.md but not found as a test:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_row_gives_an_exit_code()
    {
        var unclear = Rows().Where(r => !ExitCell().IsMatch(r.Exit)).Select(r => $"line {r.Line}: '{r.Exit}'").ToList();
        Assert.True(unclear.Count == 0, "exit codes must be numbers (or 'n/a' for faults that do not end the run):\n" + string.Join('\n', unclear));
    }

    private sealed record Row(int Line, string Fault, string Exit, IReadOnlyList<string> Tests);

    private static List<Row> Rows()
    {
        var rows = new List<Row>();
        var lines = File.ReadAllLines(Document);
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (!inTable)
            {
                // Header row; the separator row follows.
                inTable = true;
                i++;
                continue;
            }

            Assert.True(cells.Length == 4, $"docs/errors.md line {i + 1}: a row has four cells (fault | behaviour | exit | tests), found {cells.Length}");
            var tests = TestName().Matches(cells[3]).Select(m => m.Groups[1].Value).ToList();
            rows.Add(new Row(i + 1, cells[0], cells[2], tests));
        }

        return rows;
    }

    /// <summary>Every <c>Class.Method</c> in the test sources whose method carries a test attribute.</summary>
    private static HashSet<string> TestMethods()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            string? currentClass = null;
            int? outerIndent = null;
            var attributed = false;
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw.Trim();
                var type = ClassDeclaration().Match(line);
                var indent = raw.Length - raw.TrimStart().Length;
                if (type.Success && indent <= (outerIndent ??= indent))
                {
                    // Top-level test classes only; fixtures nested inside them keep the outer name.
                    currentClass = type.Groups[1].Value;
                }

                if (TestAttribute().IsMatch(line))
                {
                    attributed = true;
                    continue;
                }

                if (line.StartsWith('['))
                {
                    continue;
                }

                var method = MethodDeclaration().Match(line);
                if (attributed && method.Success && currentClass is not null)
                {
                    found.Add(currentClass + "." + method.Groups[1].Value);
                }

                if (line.Length > 0)
                {
                    attributed = false;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*\.[A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^(n/a|\d+( or \d+)*|\d+(, \d+)*)$")]
    private static partial Regex ExitCell();

    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|partial)\s+)*(?:class|record)\s+([A-Z][A-Za-z0-9]*)")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"^\[(Fact|Theory|ToolFact|ToolTheory|QuietStandardErrorFact|[A-Za-z]*Fact|[A-Za-z]*Theory|Property)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^public\s+(?:async\s+)?(?:static\s+)?(?:void|Task|bool|Property)\s+([A-Za-z0-9_]+)\s*\(")]
    private static partial Regex MethodDeclaration();
}
