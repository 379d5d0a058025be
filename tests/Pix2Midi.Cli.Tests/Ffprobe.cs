using System.Globalization;

namespace Pix2Midi.Cli.Tests;

/// <summary>The presentation times of every frame of a video, as ffprobe reads them.</summary>
public static class Ffprobe
{
    public static double[] FrameTimes(string video)
    {
        var result = ExternalTool.Run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "frame=pts_time", "-of", "csv=p=0", video]).EnsureSuccess("ffprobe");
        var times = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(','))
            .Where(s => s.Length > 0 && s != "N/A")
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        var origin = times.Length > 0 ? times[0] : 0;
        return [.. times.Select(t => t - origin)];
    }
}
