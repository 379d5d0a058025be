using System.Globalization;
using ScottPlot;

namespace Pix2Midi.BenchPlots;

/// <summary>
/// <c>live-latency.csv</c>: per clip and output, capture-to-send p50 / p99 / max, idle and
/// loaded, on a logarithmic axis (the worst case can be a hundred times the median).
/// </summary>
internal static class LiveLatencyChart
{
    public const string File = "live-latency.csv";

    /// <summary>The axis starts here: a figure of 0 (all within the first 10 µs bin) is drawn at it.</summary>
    private const double Floor = 0.01;

    public static void Draw(CsvTable table, string output)
    {
        var runs = table.Rows.Select(r => (
            Group: $"{r.Text("clip")}\n{Output(r.Text("output"))}",
            Load: r.Text("load"),
            Figures: new[] { r.Number("send_p50_ms"), r.Number("send_p99_ms"), r.Number("send_max_ms") },
            Seconds: r.Number("seconds"))).ToList();
        if (runs.Count == 0)
        {
            throw new BenchDataException($"{table.Path}: no runs");
        }

        var groups = runs.Select(r => r.Group).Distinct().ToList();
        // The runs last their measuring time plus a second or so of start-up.
        var seconds = Math.Floor(runs.Min(r => r.Seconds)).ToString(CultureInfo.InvariantCulture);
        var plot = ChartStyle.NewPlot($"Live: capture to send, added by Pix2Midi (frames that sent MIDI; {seconds} s runs)", "milliseconds (log scale)");
        var bars = new List<Bar>();
        var highest = Floor;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var run in runs.Where(r => r.Group == groups[g]))
            {
                var loaded = run.Load != "idle";
                var colours = loaded ? ChartStyle.Loaded : ChartStyle.Idle;
                for (var p = 0; p < 3; p++)
                {
                    var value = run.Figures[p];
                    highest = Math.Max(highest, value);
                    var x = g - 0.42 + (0.14 * ((loaded ? 3 : 0) + p + 0.5));
                    bars.Add(ChartStyle.NewBar(x, Decades(value), 0.13, colours[p], ChartStyle.Milliseconds(run.Figures[p])));
                }
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, groups.Count).Select(i => (double)i)], [.. groups]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var top = (int)Math.Ceiling(Decades(highest) + 0.3);
        var decades = Enumerable.Range(0, top + 1).ToArray();
        plot.Axes.Left.SetTicks([.. decades.Select(d => (double)d)], [.. decades.Select(d => (Floor * Math.Pow(10, d)).ToString("0.##", CultureInfo.InvariantCulture))]);
        ChartStyle.Legend(
            plot,
            Alignment.UpperLeft,
            [.. ChartStyle.PercentileNames.Select((n, i) => ($"{n}, idle", ChartStyle.Idle[i])), .. ChartStyle.PercentileNames.Select((n, i) => ($"{n}, both cores loaded", ChartStyle.Loaded[i]))]);
        ChartStyle.TargetLine(plot, Decades(2), "target: p99 < 2 ms");
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Axes.SetLimits(-0.5, groups.Count - 0.5, 0, top + 0.8);
        plot.SavePng(output, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>Height on the axis: decades above <see cref="Floor"/> (bars on a log axis start at the floor, not at 0).</summary>
    private static double Decades(double milliseconds) => Math.Log10(Math.Max(Floor, milliseconds) / Floor);

    private static string Output(string port) => port.StartsWith("jack:", StringComparison.Ordinal)
        ? "to JACK"
        : port.StartsWith("console", StringComparison.Ordinal) ? "to the console" : port;
}
