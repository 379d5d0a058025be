namespace Pix2Midi.BenchPlots;

/// <summary>
/// A CSV file a bench script wrote: a header line naming the columns, then plain
/// comma-separated values (the scripts never quote).
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, string[] header, List<CsvRow> rows)
    {
        Path = path;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        Rows = rows;
    }

    /// <summary>The file, as named in messages.</summary>
    public string Path { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads <paramref name="path"/>; null when there is no such file.</summary>
    /// <exception cref="BenchDataException">The file is empty, lacks one of <paramref name="required"/>, or a line has the wrong number of values.</exception>
    public static CsvTable? TryRead(string path, params string[] required)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new BenchDataException($"{path}:1: the file is empty; expected a header line ({string.Join(',', required)})");
        }

        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        foreach (var column in required)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new BenchDataException($"{path}:1: no column \"{column}\"; the header has {string.Join(", ", header)}");
            }
        }

        var table = new CsvTable(path, header, []);
        var rows = (List<CsvRow>)table.Rows;
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
            {
                throw new BenchDataException($"{path}:{i + 1}: {cells.Length} values where the header names {header.Length}");
            }

            rows.Add(new CsvRow(table, i + 1, cells));
        }

        return table;
    }

    internal int Column(string name) => _columns.TryGetValue(name, out var index)
        ? index
        : throw new BenchDataException($"{Path}:1: no column \"{name}\"");
}
