using System.Globalization;

namespace Pix2Midi.BenchPlots;

/// <summary>One line of a <see cref="CsvTable"/>, read by column name.</summary>
internal sealed record CsvRow(CsvTable Table, int Line, string[] Cells)
{
    public string Text(string column) => Cells[Table.Column(column)].Trim();

    public double Number(string column) => NumberOrNull(column)
        ?? throw new BenchDataException($"{Table.Path}:{Line}: column \"{column}\" is empty; a number is needed");

    /// <summary>The number in <paramref name="column"/>, or null when the cell is empty.</summary>
    public double? NumberOrNull(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new BenchDataException($"{Table.Path}:{Line}: column \"{column}\": \"{text}\" is not a number");
    }
}
