namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// A test video made with ffmpeg: black, with a white flash of three frames at known frames, and a
/// mapping whose one region plays a short drum note (side stick, channel 10) on each flash, so each
/// note's attack stands clear of the last one's tail.
/// </summary>
public sealed class FlashVideo : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <param name="rate">The frame rate, as ffmpeg takes it (30, 25, 30000/1001).</param>
    /// <param name="flashes">The frames that light up (each for three frames).</param>
    /// <param name="seconds">The video's length.</param>
    /// <param name="withAudio">Whether the video carries an audio track of its own (a quiet 440 Hz tone).</param>
    public FlashVideo(string rate, int[] flashes, double seconds, bool withAudio = false)
    {
        Flashes = flashes;
        Path = _temp.File(withAudio ? "flashes-with-audio.mp4" : "flashes.mp4");
        var enable = string.Join("+", flashes.Select(f => $"between(n\\,{f}\\,{f + 2})"));
        string[] audio = withAudio ? ["-f", "lavfi", "-i", $"sine=frequency=440:sample_rate=44100:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}"] : [];
        ExternalTool.Ffmpeg(
        [
            "-f", "lavfi", "-i", $"color=black:size=160x120:rate={rate}:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            .. audio,
            "-vf", $"drawbox=x=0:y=0:w=160:h=120:color=white:t=fill:enable='{enable}'",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-g", "30", .. (withAudio ? new[] { "-c:a", "aac", "-shortest" } : []), Path,
        ]);
        Mapping = _temp.File("flash.json");
        File.WriteAllText(Mapping, """
            {
              "version": 1,
              "name": "Flash",
              "regions": [
                { "name": "all", "x": 0, "y": 0, "width": 1, "height": 1, "measure": "brightness",
                  "on": 0.5, "off": 0.3, "note": 37, "channel": 10, "minLength": 0, "cooldown": 0,
                  "velocity": { "min": 110, "max": 110 } }
              ]
            }
            """);
    }

    /// <summary>The video.</summary>
    public string Path { get; }

    /// <summary>The mapping for it.</summary>
    public string Mapping { get; }

    /// <summary>The frames that flash.</summary>
    public int[] Flashes { get; }

    public void Dispose() => _temp.Dispose();
}
