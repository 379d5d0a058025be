namespace Pix2Midi.Core.Mapping;

/// <summary>Collects the problems of one mapping file, locating each by its JSON path.</summary>
internal sealed class MappingProblems(string file, JsonLocator locator)
{
    private readonly List<MappingProblem> _problems = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public int Count => _problems.Count;

    /// <summary>A problem with the value at <paramref name="path"/>.</summary>
    public void AtValue(string path, string message)
    {
        var (line, column) = locator.Nearest(path);
        Add(new MappingProblem(file, line, column, path, message));
    }

    /// <summary>A problem with the property name at <paramref name="path"/> (an unknown property).</summary>
    public void AtName(string path, string message)
    {
        var (line, column) = locator.Nearest(path, preferName: true);
        Add(new MappingProblem(file, line, column, path, message));
    }

    /// <summary>Whether a problem was already reported at <paramref name="path"/>.</summary>
    public bool Has(string path) => _paths.Contains(path);

    public IReadOnlyList<MappingProblem> Sorted() =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    private void Add(MappingProblem problem)
    {
        _problems.Add(problem);
        _paths.Add(problem.Path);
    }
}
