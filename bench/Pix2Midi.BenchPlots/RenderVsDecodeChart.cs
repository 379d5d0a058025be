using System.Globalization;
using ScottPlot;

namespace Pix2Midi.BenchPlots;

/// <summary>
/// <c>render-vs-decode.csv</c> (clip, width, height, tool, run, seconds): per clip, the median
/// wall time of decoding alone (<c>ffmpeg … -f null -</c>) and of <c>pix2midi render</c>, and the
/// ratio decode ÷ render (1 = as fast as decoding; the target is 0.9).
/// </summary>
internal static class RenderVsDecodeChart
{
    public const string File = "render-vs-decode.csv";

    public static void Draw(CsvTable table, string output)
    {
        var rows = table.Rows.Select(r => (
            Clip: r.Text("clip"),
            Pixels: r.Number("width") * r.Number("height"),
            Height: (int)r.Number("height"),
            Tool: r.Text("tool"),
            Seconds: r.Number("seconds"))).ToList();
        var tools = rows.Select(r => r.Tool).Distinct().ToList();
        var decode = tools.FirstOrDefault(IsDecode)
            ?? throw new BenchDataException($"{table.Path}: no decode-only rows (a tool named ffmpeg or decode); tools: {string.Join(", ", tools)}");
        var renders = tools.Where(t => t != decode).ToList();
        if (renders.Count == 0)
        {
            throw new BenchDataException($"{table.Path}: only {decode} rows; nothing to compare with");
        }

        var clips = rows.GroupBy(r => r.Clip).OrderBy(g => g.First().Pixels).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var times = ChartStyle.NewPlot("Wall time, median of alternating runs", "seconds");
        var ratios = ChartStyle.NewPlot("Render throughput ÷ decode-only throughput", "decode time ÷ render time");
        var multiplot = new Multiplot(times) { Layout = new ScottPlot.MultiplotLayouts.Columns() };
        multiplot.AddPlot(ratios);

        var series = renders.Prepend(decode).ToList();
        var width = 0.8 / series.Count;
        var timeBars = new List<Bar>();
        var ratioBars = new List<Bar>();
        var labels = new List<string>();
        for (var c = 0; c < clips.Count; c++)
        {
            var clip = clips[c];
            labels.Add(clip.Key.Contains($"{clip.First().Height}p", StringComparison.Ordinal) ? clip.Key : $"{clip.Key}\n{clip.First().Height}p");
            var decodeTime = Percentiles.Median(clip.Where(r => r.Tool == decode).Select(r => r.Seconds));
            for (var s = 0; s < series.Count; s++)
            {
                var median = Percentiles.Median(clip.Where(r => r.Tool == series[s]).Select(r => r.Seconds));
                if (double.IsNaN(median))
                {
                    continue;
                }

                var x = c - 0.4 + (width * (s + 0.5));
                timeBars.Add(ChartStyle.NewBar(x, median, width * 0.9, Colour(s), median.ToString("0.00", CultureInfo.InvariantCulture)));
            }

            for (var s = 0; s < renders.Count; s++)
            {
                var median = Percentiles.Median(clip.Where(r => r.Tool == renders[s]).Select(r => r.Seconds));
                if (double.IsNaN(median) || double.IsNaN(decodeTime))
                {
                    continue;
                }

                var ratioWidth = 0.6 / renders.Count;
                var x = c - 0.3 + (ratioWidth * (s + 0.5));
                ratioBars.Add(ChartStyle.NewBar(x, decodeTime / median, ratioWidth * 0.9, Colour(s + 1), (decodeTime / median).ToString("0.00", CultureInfo.InvariantCulture)));
            }
        }

        times.Add.Bars(timeBars);
        ratios.Add.Bars(ratioBars);
        var positions = Enumerable.Range(0, clips.Count).Select(i => (double)i).ToArray();
        foreach (var plot in new[] { times, ratios })
        {
            plot.Axes.Bottom.SetTicks(positions, [.. labels]);
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Axes.Margins(bottom: 0, top: 0.15);
        }

        ChartStyle.Legend(times, Alignment.UpperLeft, [.. series.Select((t, i) => (Describe(t, t == decode), Colour(i)))]);
        ChartStyle.Legend(ratios, Alignment.UpperLeft, [.. renders.Select((t, i) => (Describe(t, false), Colour(i + 1)))]);
        ChartStyle.TargetLine(ratios, 0.9, "target ≥ 0.9");
        // Room above the tallest bar for the legend (a line per render, one for the target), so it hides no label.
        ratios.Axes.SetLimitsY(0, Math.Max(1.1, ratioBars.Select(b => b.Value).DefaultIfEmpty(0).Max() * 1.15) + (0.09 * (renders.Count + 1)));
        multiplot.SavePng(output, ChartStyle.Width + 300, ChartStyle.Height);
    }

    private static bool IsDecode(string tool) =>
        tool.Contains("ffmpeg", StringComparison.OrdinalIgnoreCase) || tool.Contains("decode", StringComparison.OrdinalIgnoreCase);

    /// <summary>The script's tool names: <c>ffmpeg</c>, <c>render</c>, <c>render-opencv</c> (<c>render --decoder opencv</c>).</summary>
    private static string Describe(string tool, bool decode) => decode
        ? $"{tool} -f null (decode only)"
        : tool switch
        {
            "render" => "pix2midi render",
            _ when tool.StartsWith("render-", StringComparison.Ordinal) => $"pix2midi render --decoder {tool["render-".Length..]}",
            _ => tool,
        };

    private static Color Colour(int series) => series == 0
        ? ChartStyle.Decode
        : new ScottPlot.Palettes.Category10().GetColor(series - 1);
}
