using Pix2Midi.Video.Files.Libav;

namespace Pix2Midi.Video.Tests.Libav;

/// <summary>
/// tools/libav-layout/layout.c compiled by gcc against the FFmpeg headers this machine has (in CI:
/// Debian 12's, FFmpeg 5.1; elsewhere also any listed in <c>PIX2MIDI_FFMPEG_HEADERS</c>): its
/// offsetof/sizeof table must be <see cref="LibavLayout"/>'s for those majors, field by field.
/// </summary>
public sealed class LibavLayoutCompilerTests
{
    [FfmpegHeadersFact]
    public void The_table_of_the_headers_here_is_the_one_Pix2Midi_reads_with()
    {
        var roots = FfmpegHeaders.Roots();
        Assert.True(roots.Count > 0, $"no FFmpeg headers found (libavcodec-dev, libavformat-dev, libavutil-dev, or {FfmpegHeaders.Variable})");
        Assert.True(ExternalTool.Find("gcc") is not null, "gcc is not on PATH");

        using var temp = new TempDirectory();
        var program = temp.File("layout");
        var differences = new List<string>();
        foreach (var (root, index) in roots.Select((r, i) => (r, i)))
        {
            var overlay = Path.Combine(temp.Path, "overlay" + index, "libavutil");
            Directory.CreateDirectory(overlay);
            if (!File.Exists(Path.Combine(root, "libavutil", "avconfig.h")))
            {
                // A source tree, not installed headers: the two values the public headers need.
                File.WriteAllText(Path.Combine(overlay, "avconfig.h"), "#define AV_HAVE_BIGENDIAN 0\n#define AV_HAVE_FAST_UNALIGNED 1\n");
            }

            var source = Path.Combine(RepoPaths.Root, "tools", "libav-layout", "layout.c");
            var compiled = ExternalTool.Run("gcc", ["-std=c11", "-w", "-I", root, "-I", Path.GetDirectoryName(overlay)!, source, "-o", program]);
            Assert.True(compiled.ExitCode == 0, $"gcc could not compile layout.c against {root}: {compiled.StandardError}");
            var run = ExternalTool.Run(program, []);
            Assert.True(run.ExitCode == 0, $"layout.c against {root}: {run.StandardError}");

            var table = LayoutTable.Parse(root, run.StandardOutput);
            var layout = LibavLayout.Known.SingleOrDefault(k => k.FormatMajor == table.FormatMajor);
            if (layout is null)
            {
                differences.Add($"{root}: libavformat {table.FormatMajor} has no table; tools/libav-layout/layout.sh --csharp {root} prints one");
                continue;
            }

            differences.AddRange(table.Differences(layout));
        }

        Assert.Empty(differences);
    }
}
