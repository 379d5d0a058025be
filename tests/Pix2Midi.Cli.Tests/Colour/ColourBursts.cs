namespace Pix2Midi.Cli.Tests.Colour;

/// <summary>
/// Videos of coloured bursts at known places and times, made once per test class with ffmpeg, and a
/// mapping that gives each colour its own channel with its pitch from where the burst is.
/// </summary>
/// <remarks>
/// 4 s at 30 fps, 320×180, black: a red square on the left from 0.5 s to 1 s, a green one on the right
/// from 1.5 s to 2 s, a white one in the middle from 2.5 s to 3 s, and a red one on the right from
/// 3.2 s to 3.7 s. Red plays channel 1, green channel 2, white channel 3, each from C3 (left) to C6
/// (right), chromatic.
/// </remarks>
public sealed class ColourBursts : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, string> _videos = [];
    private readonly Lock _gate = new();

    /// <summary>The moments and places the tests expect: (second, channel 1–16, left or right half).</summary>
    public static IReadOnlyList<(double Second, int Channel, bool Right)> Expected { get; } =
    [
        (0.5, 1, false),
        (1.5, 2, true),
        (2.5, 3, false),
        (3.2, 1, true),
    ];

    /// <summary>The formats <see cref="Video"/> can make, with the encoder options for each.</summary>
    public static IReadOnlyDictionary<string, string[]> Formats { get; } = new Dictionary<string, string[]>
    {
        ["yuv420p.mp4"] = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "12"],
        ["yuv444p.mp4"] = ["-c:v", "libx264", "-pix_fmt", "yuv444p", "-crf", "12"],
        ["rgb24.mkv"] = ["-c:v", "ffv1", "-pix_fmt", "bgr0"],
        ["yuv420p10.mkv"] = ["-c:v", "ffv1", "-pix_fmt", "yuv420p10le"],
    };

    /// <summary>The mapping file.</summary>
    public string Mapping
    {
        get
        {
            var path = _temp.File("bursts.json");
            lock (_gate)
            {
                if (!File.Exists(path))
                {
                    File.WriteAllText(path, """
                        {
                          "name": "Bursts",
                          "description": "A channel per colour, pitch from where the burst is.",
                          "defaults": { "measure": "coverage", "on": 0.03, "off": 0.015, "lowest": "C3", "highest": "C6" },
                          "regions": [
                            { "name": "red", "x": 0, "y": 0, "width": 1, "height": 1, "channel": 1, "colour": "red", "pitch": "x" },
                            { "name": "green", "x": 0, "y": 0, "width": 1, "height": 1, "channel": 2, "colour": "green", "pitch": "x" },
                            { "name": "white", "x": 0, "y": 0, "width": 1, "height": 1, "channel": 3, "colour": "white", "pitch": "x" }
                          ]
                        }
                        """);
                }
            }

            return path;
        }
    }

    /// <summary>The bursts in <paramref name="format"/> (a key of <see cref="Formats"/>).</summary>
    public string Video(string format)
    {
        lock (_gate)
        {
            if (!_videos.TryGetValue(format, out var path))
            {
                path = _temp.File("bursts-" + format);
                string[] args =
                [
                    "-f", "lavfi", "-i", "color=c=black:s=320x180:r=30:d=4",
                    "-vf",
                    "drawbox=x=20:y=60:w=60:h=60:color=0xFF0000:t=fill:enable='between(t,0.5,0.99)',"
                    + "drawbox=x=240:y=60:w=60:h=60:color=0x00FF00:t=fill:enable='between(t,1.5,1.99)',"
                    + "drawbox=x=20:y=60:w=60:h=60:color=0xFFFFFF:t=fill:enable='between(t,2.5,2.99)',"
                    + "drawbox=x=240:y=60:w=60:h=60:color=0xFF0000:t=fill:enable='between(t,3.2,3.69)'",
                    .. Formats[format],
                    path,
                ];
                ExternalTool.Ffmpeg(args);
                _videos[format] = path;
            }

            return path;
        }
    }

    public void Dispose() => _temp.Dispose();
}
