namespace Pix2Midi.Core.Mapping;

/// <summary>Collects the problems of one mapping file, locating each by its JSON path.</summary>
internal sealed class MappingProblems(string file, JsonLocator locator)
{
    private readonly List<MappingProblem> _problems = [];

    public int Count => _problems.Count;

    /// <summary>A problem with the value at <paramref name="path"/>.</summary>
    public void AtValue(string path, string message)
    {
        var (line, column) = locator.Nearest(path);
        _problems.Add(new MappingProblem(file, line, column, path, message));
    }

    /// <summary>A problem with the property name at <paramref name="path"/> (an unknown property).</summary>
    public void AtName(string path, string message)
    {
        var (line, column) = locator.Nearest(path, preferName: true);
        _problems.Add(new MappingProblem(file, line, column, path, message));
    }

    public IReadOnlyList<MappingProblem> Sorted() =>
        [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];
}
