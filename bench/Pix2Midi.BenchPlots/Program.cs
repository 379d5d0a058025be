using Pix2Midi.BenchPlots;

// Draws docs/images/*.png from the CSV files the bench scripts wrote in $BENCH_DIR.
// Usage: dotnet run -c Release --project bench/Pix2Midi.BenchPlots -- [--bench-dir DIR] [--out DIR]
var benchDir = Environment.GetEnvironmentVariable("BENCH_DIR") is { Length: > 0 } fromEnvironment ? fromEnvironment : "/tmp/pix2midi-bench";
string? outDir = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--bench-dir" when i + 1 < args.Length:
            benchDir = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            outDir = args[++i];
            break;
        default:
            Console.Error.WriteLine($"error: unknown argument \"{args[i]}\"; allowed: --bench-dir DIR, --out DIR");
            return 2;
    }
}

outDir ??= Path.Combine(RepoRoot() ?? Environment.CurrentDirectory, "docs", "images");
if (!Directory.Exists(benchDir))
{
    Console.Error.WriteLine($"error: {benchDir}: no such folder; run the bench scripts first (bench/run-all.sh)");
    return 1;
}

Directory.CreateDirectory(outDir);
(string Csv, string[] Columns, Action<CsvTable, string> Draw)[] charts =
[
    (RenderVsDecodeChart.File, ["clip", "width", "height", "tool", "run", "seconds"], RenderVsDecodeChart.Draw),
    (JackPrecisionChart.File, ["load", "error_frames", "error_ms"], JackPrecisionChart.Draw),
    (LiveLatencyChart.File, ["clip", "output", "load", "seconds", "send_p50_ms", "send_p99_ms", "send_max_ms"], LiveLatencyChart.Draw),
];
var drawn = 0;
try
{
    foreach (var (csv, columns, draw) in charts)
    {
        var path = Path.Combine(benchDir, csv);
        var table = CsvTable.TryRead(path, columns);
        if (table is null)
        {
            Console.WriteLine($"skipped {csv}: not in {benchDir}");
            continue;
        }

        var png = Path.Combine(outDir, Path.ChangeExtension(csv, ".png"));
        draw(table, png);
        Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, png)} from {path}");
        drawn++;
    }
}
catch (BenchDataException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}

if (drawn == 0)
{
    Console.Error.WriteLine($"error: none of {string.Join(", ", charts.Select(c => c.Csv))} is in {benchDir}; run the bench scripts first (bench/run-all.sh)");
    return 1;
}

return 0;

static string? RepoRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Pix2Midi.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
