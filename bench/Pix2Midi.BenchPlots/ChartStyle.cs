using ScottPlot;

namespace Pix2Midi.BenchPlots;

/// <summary>What every chart shares: size, font, colours.</summary>
internal static class ChartStyle
{
    public const int Width = 1100;
    public const int Height = 560;

    public static readonly Color Decode = Color.FromHex("#8c8c8c");
    public static readonly Color Render = Color.FromHex("#1f77b4");
    public static readonly Color Target = Color.FromHex("#d62728");

    /// <summary>p50, p99, max: light to dark, blue when idle and orange when loaded.</summary>
    public static readonly Color[] Idle = [Color.FromHex("#9ecae1"), Color.FromHex("#3182bd"), Color.FromHex("#08519c")];

    public static readonly Color[] Loaded = [Color.FromHex("#fdae6b"), Color.FromHex("#e6550d"), Color.FromHex("#a63603")];

    public static readonly string[] PercentileNames = ["p50", "p99", "max"];

    public static Plot NewPlot(string title, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 15);
        plot.YLabel(yLabel, size: 13);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return plot;
    }

    public static Bar NewBar(double position, double value, double size, Color color, string label, double valueBase = 0) => new()
    {
        Position = position,
        Value = value,
        ValueBase = valueBase,
        Size = size,
        FillColor = color,
        LineWidth = 0,
        Label = label,
        LabelOnTop = true,
    };

    public static void Legend(Plot plot, Alignment where, params (string Text, Color Fill)[] items)
    {
        foreach (var (text, fill) in items)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = fill });
        }

        plot.ShowLegend(where);
    }

    public static void TargetLine(Plot plot, double y, string text)
    {
        plot.Add.HorizontalLine(y, 1.5f, Target, LinePattern.Dashed);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, LineColor = Target, LineWidth = 1.5f, LinePattern = LinePattern.Dashed });
    }

    public static string Milliseconds(double value) => value switch
    {
        0 => "0",
        < 0.1 => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
        < 10 => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
    };
}
