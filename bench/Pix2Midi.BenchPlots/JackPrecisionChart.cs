using ScottPlot;

namespace Pix2Midi.BenchPlots;

/// <summary>
/// <c>jack-precision.csv</c> (load, note, …, error_frames, error_ms): per load, p50 / p99 / max of
/// each note's distance from its ideal sample frame inside its period (where Pix2Midi placed it),
/// and as the JACK receiver counted it (whole periods it lost count of included).
/// </summary>
internal static class JackPrecisionChart
{
    public const string File = "jack-precision.csv";

    public static void Draw(CsvTable table, string output)
    {
        var loads = table.Rows
            .GroupBy(r => r.Text("load"))
            .OrderBy(g => g.Key == "idle" ? 0 : 1)
            .SelectMany(g => new[]
            {
                (Load: g.Key, Kind: "in its period", Errors: g.Select(r => Math.Abs(InPeriod(r.Number("error_frames"))) / 48.0).Order().ToList()),
                (Load: g.Key, Kind: "as received", Errors: g.Select(r => Math.Abs(r.Number("error_ms"))).Order().ToList()),
            })
            .ToList();
        if (loads.Count == 0)
        {
            throw new BenchDataException($"{table.Path}: no notes");
        }

        var notes = string.Join(" and ", loads.Select(l => l.Errors.Count).Distinct());
        var plot = ChartStyle.NewPlot($"JACK: each note's sample frame against its ideal frame ({notes} notes a run, 256-frame periods)", "|error| (ms)");
        var bars = new List<Bar>();
        var highest = 0.0;
        for (var g = 0; g < loads.Count; g++)
        {
            var colours = loads[g].Load == "idle" ? ChartStyle.Idle : ChartStyle.Loaded;
            double[] fractions = [0.5, 0.99, 1.0];
            for (var p = 0; p < 3; p++)
            {
                var value = Percentiles.Of(loads[g].Errors, fractions[p]);
                highest = Math.Max(highest, value);
                bars.Add(ChartStyle.NewBar(g - 0.3 + (0.2 * (p + 0.5)) + 0.0, value, 0.18, colours[p], $"{ChartStyle.PercentileNames[p]}\n{ChartStyle.Milliseconds(value)} ms"));
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, loads.Count).Select(i => (double)i)], [.. loads.Select(l => Describe(l.Load) + "\n" + l.Kind)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        ChartStyle.TargetLine(plot, 1.0, "target: p99 < 1 ms, loaded too");
        ChartStyle.Legend(plot, Alignment.UpperLeft);
        plot.Axes.SetLimits(-0.6, loads.Count - 0.4, 0, Math.Max(1.4, highest * 1.25));
        plot.SavePng(output, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>An error in frames folded into one 256-frame period, -128 to 127: where in its period the note landed.</summary>
    private static double InPeriod(double frames) => ((((frames % 256) + 256 + 128) % 256) - 128);

    private static string Describe(string load) => load switch
    {
        "idle" => "idle machine",
        "loaded" => "both cores loaded",
        _ => load,
    };
}
