using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>Asks <c>ffprobe</c> about a file's first video stream, without decoding it.</summary>
internal static class VideoProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The arguments <c>ffprobe</c> is started with.</summary>
    internal static IReadOnlyList<string> Arguments(string path) =>
    [
        "-hide_banner", "-v", "error", "-show_program_version",
        "-select_streams", "v:0",
        "-show_entries", "stream=codec_name,width,height,pix_fmt,avg_frame_rate,r_frame_rate,time_base,start_pts,duration,nb_frames:stream_side_data=rotation:stream_tags=rotate:format=duration",
        "-of", "flat",
        "file:" + path,
    ];

    /// <summary>Probes <paramref name="path"/>.</summary>
    /// <exception cref="FrameSourceException">
    /// The file is not a video FFmpeg can read, has no video stream, holds no media data, or
    /// <c>ffprobe</c> could not be run.
    /// </exception>
    public static ProbedVideo Run(string ffprobe, string path)
    {
        var start = new ProcessStartInfo(ffprobe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in Arguments(path))
        {
            start.ArgumentList.Add(argument);
        }

        string output;
        int exitCode;
        try
        {
            using var process = Process.Start(start) ?? throw new FrameSourceException($"{path}: could not start {ffprobe}");
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            var reading = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill();
                process.WaitForExit();
                throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{path}: ffprobe did not finish reading the file within {Timeout.TotalSeconds:0} s"));
            }

            process.WaitForExit();
            output = reading.GetAwaiter().GetResult();
            _ = errors.GetAwaiter().GetResult();
            exitCode = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new FrameSourceException($"{path}: could not start {ffprobe} ({OneLine.Of(e.Message)})", e);
        }

        if (exitCode == 0 && Parse(output) is { } probed)
        {
            return probed;
        }

        throw new FrameSourceException(FilePreflight.IsEmptyContainer(path)
            ? $"{path}: contains no video frames (the container is complete but holds no media data)"
            : $"{path}: not a video FFmpeg can read (or the file is damaged)");
    }

    /// <summary>Reads <c>ffprobe -of flat</c>'s answer; null when it names no video stream.</summary>
    /// <remarks>Flat text rather than JSON: one <c>key=value</c> a line, read without a parser to start up.</remarks>
    internal static ProbedVideo? Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var value = line[(equals + 1)..].TrimEnd('\r');
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            if (value != "N/A")
            {
                values[line[..equals]] = value;
            }
        }

        const string Stream = "streams.stream.0.";
        if (!values.Keys.Any(k => k.StartsWith(Stream, StringComparison.Ordinal)))
        {
            return null;
        }

        string? Text(string key) => values.GetValueOrDefault(key);
        long? Integer(string key) => long.TryParse(Text(key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
        double? Number(string key) => double.TryParse(Text(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
        Rational? RationalOf(string key) => Text(key) is { } t ? Rational.Parse(t) : null;

        return new ProbedVideo(
            (int)Math.Clamp(Integer(Stream + "width") ?? 0, 0, int.MaxValue),
            (int)Math.Clamp(Integer(Stream + "height") ?? 0, 0, int.MaxValue),
            Text(Stream + "pix_fmt") ?? string.Empty,
            Text(Stream + "codec_name") ?? string.Empty,
            RationalOf(Stream + "avg_frame_rate")?.ToDouble() ?? 0,
            RationalOf(Stream + "r_frame_rate")?.ToDouble() ?? 0,
            RationalOf(Stream + "time_base") ?? new Rational(1, 1),
            Integer(Stream + "start_pts"),
            Number(Stream + "duration"),
            Number("format.duration"),
            Integer(Stream + "nb_frames"),
            Text("program_version.version"),
            (int)(values.Where(v => v.Key.StartsWith(Stream + "side_data_list.", StringComparison.Ordinal) && v.Key.EndsWith(".rotation", StringComparison.Ordinal))
                .Select(v => Number(v.Key))
                .FirstOrDefault(r => r is not null) ?? Number(Stream + "tags.rotate") ?? 0));
    }
}
