using System.Globalization;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Collects the problems of one mapping file, locating each by its JSON path or its place in the
/// text. Paths are located all at once when the problems are listed (<see cref="Sorted"/>), in
/// one pass over the text. At most <see cref="MappingLimits.MaxProblems"/> are kept; the rest are
/// counted.
/// </summary>
internal sealed class MappingProblems(string file, JsonLocator locator)
{
    private readonly List<Found> _problems = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private int _omitted;

    /// <summary>Every problem found, listed or not.</summary>
    public int Count => _problems.Count + _omitted;

    /// <summary>Whether no more problems will be listed (so a costly message need not be built).</summary>
    public bool IsFull => _problems.Count >= MappingLimits.MaxProblems;

    /// <summary>A problem with the value at <paramref name="path"/>.</summary>
    public void AtValue(string path, string message) => Add(new Found(path, false, -1, 0, 0, message));

    /// <summary>A problem with the property name at <paramref name="path"/> (an unknown property).</summary>
    public void AtName(string path, string message) => Add(new Found(path, true, -1, 0, 0, message));

    /// <summary>A problem at a byte offset of the text, with the path of what is there.</summary>
    public void AtOffset(long offset, string path, string message) => Add(new Found(path, false, offset, 0, 0, message));

    /// <summary>A problem at a line and column of the text, with no path (a syntax error).</summary>
    public void AtPosition(int line, int column, string message) => Add(new Found(string.Empty, false, -1, line, column, message));

    /// <summary>Whether a problem was already reported at <paramref name="path"/>.</summary>
    public bool Has(string path) => _paths.Contains(path);

    /// <summary>The problems in file order, each located; a last line counts those not listed.</summary>
    public IReadOnlyList<MappingProblem> Sorted()
    {
        var located = locator.Locate([.. _problems.Select(p => (p.Path, p.PreferName))]);
        var list = new List<MappingProblem>(_problems.Count + 1);
        for (var i = 0; i < _problems.Count; i++)
        {
            var p = _problems[i];
            var (line, column) = p.Line > 0 ? (p.Line, p.Column) : p.Offset >= 0 ? locator.Position(p.Offset) : located[i];
            list.Add(new MappingProblem(file, line, column, p.Path, p.Message));
        }

        // Stable: problems found at the same place keep the order they were found in.
        list = [.. list.OrderBy(p => p.Line).ThenBy(p => p.Column)];
        if (_omitted > 0)
        {
            list.Add(new MappingProblem(file, 0, 0, string.Empty, string.Create(CultureInfo.InvariantCulture, $"the file has {_omitted:N0} more problems; only the first {MappingLimits.MaxProblems} are listed")));
        }

        return list;
    }

    private void Add(Found problem)
    {
        _paths.Add(problem.Path);
        if (IsFull)
        {
            _omitted++;
            return;
        }

        _problems.Add(problem);
    }

    private sealed record Found(string Path, bool PreferName, long Offset, int Line, int Column, string Message);
}
