using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using OpenCvSharp;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Cli.Tests.Preview;
using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>
/// The README's install commands, for real (<see cref="InstalledTool"/>), and the installed tool
/// against the tests' own build: on Linux and macOS the package carries a native (AOT) program,
/// on Windows precompiled (ReadyToRun) assemblies (docs/decisions/0012, 0014). A native build
/// leaves out code it cannot see being used and finds native libraries its own way, so the
/// installed tool is run through every part that reads JSON, loads a native library or calls
/// back from one: the same files, words and notes as the build, the preview window, JACK.
/// </summary>
/// <remarks>
/// The whole command-line suite can be run against the installed tool too:
/// <c>PIX2MIDI_TEST_TOOL=path/to/pix2midi dotnet test tests/Pix2Midi.Cli.Tests</c> (tests/README.md).
/// </remarks>
[Collection(InstalledToolCollection.Name)]
public sealed class ToolPackageTests(InstalledTool installed, ITestOutputHelper log)
{
    private static readonly string Rid = RuntimeInformation.RuntimeIdentifier;

    /// <summary>Whether this platform's package is native (AOT): everywhere but Windows.</summary>
    private static bool Native => !OperatingSystem.IsWindows();

    [PackFact]
    public void Pack_makes_a_package_for_this_platform_native_on_Linux_and_macOS_precompiled_on_Windows()
    {
        _ = installed.Program;
        Assert.True(File.Exists(installed.PointerPackage), installed.PointerPackage);
        Assert.True(File.Exists(installed.PlatformPackage), installed.PlatformPackage);

        // The pointer package sends this platform to its own package.
        using (var zip = ZipFile.OpenRead(installed.PointerPackage))
        {
            var settings = zip.GetEntry("tools/any/any/DotnetToolSettings.xml");
            Assert.NotNull(settings);
            using var stream = settings.Open();
            var ids = XDocument.Load(stream).Descendants("RuntimeIdentifierPackage")
                .ToDictionary(e => (string)e.Attribute("RuntimeIdentifier")!, e => (string)e.Attribute("Id")!);
            Assert.Equal($"Pix2Midi.{Rid}", ids[Rid]);
        }

        using var platform = ZipFile.OpenRead(installed.PlatformPackage);
        var names = string.Join(", ", platform.Entries.Select(e => e.FullName));
        if (Native)
        {
            // One native program; no managed code and no .NET runtime files beside it.
            var program = platform.GetEntry($"tools/any/{Rid}/pix2midi");
            Assert.True(program is not null, names);
            var magic = Head(program, 4);
            byte[][] executables = [[0x7F, (byte)'E', (byte)'L', (byte)'F'], [0xCF, 0xFA, 0xED, 0xFE]];
            Assert.True(executables.Any(m => m.SequenceEqual(magic)), $"pix2midi starts with {Convert.ToHexString(magic)}, not an ELF or Mach-O header");
            Assert.DoesNotContain(platform.Entries, e => e.Name.EndsWith(".dll", StringComparison.Ordinal));
            Assert.Contains(platform.Entries, e => e.Name.StartsWith("libOpenCvSharpExtern", StringComparison.Ordinal));

            // Compiled for AVX2 where this machine has it: the default instruction set makes the sampler 1.5-2x slower.
            if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                var options = Directory.GetFiles(installed.Artifacts, "pix2midi.ilc.rsp", SearchOption.AllDirectories);
                Assert.True(options.Length == 1, $"the native compiler's options: {string.Join(", ", options)}");
                Assert.Contains("--instruction-set:avx2", File.ReadAllLines(options[0]));
            }
        }
        else
        {
            // Pix2Midi's own assemblies are precompiled, and framework-dependent (no runtime inside).
            foreach (var name in new[] { "pix2midi.dll", "Pix2Midi.Core.dll", "Pix2Midi.Midi.dll", "Pix2Midi.Video.dll" })
            {
                var entry = platform.GetEntry($"tools/net10.0/{Rid}/{name}");
                Assert.True(entry is not null, $"{name} is not in {Path.GetFileName(installed.PlatformPackage)}: {names}");
                Assert.True(IsReadyToRun(entry), $"{name} in the package is not precompiled (ReadyToRun)");
            }

            Assert.DoesNotContain(platform.Entries, e => e.Name.StartsWith("System.Private.CoreLib", StringComparison.Ordinal));
        }

        Assert.Contains(platform.Entries, e => e.FullName.EndsWith("mappings/fireworks.json", StringComparison.Ordinal));
    }

    [PackFact("midicsv", "ffmpeg", "ffprobe")]
    public void The_installed_tool_renders_the_calibration_video_to_the_same_file_as_the_build_with_every_decoder()
    {
        foreach (var decoder in new[] { "libav", "ffmpeg", "opencv" })
        {
            RendersLikeTheBuild(decoder);
        }
    }

    private void RendersLikeTheBuild(string decoder)
    {
        using var temp = new TempDirectory();
        string[] args = ["render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--decoder", decoder, "--no-progress", "-o"];
        var tool = CliRun.Process(installed.Command, temp.Path, [.. args, "tool.mid"]);
        var build = CliRun.Process(ToolCommand.OwnBuild, temp.Path, [.. args, "build.mid"]);

        Assert.True(tool.ExitCode == 0, $"--decoder {decoder}: {tool.Error}{tool.Output}");
        Assert.Equal(Enumerable.Range(60, 16), Midicsv.Read(temp.File("tool.mid")).Notes.Where(n => n.IsOn).Select(n => n.Number));
        Assert.Equal(File.ReadAllBytes(temp.File("build.mid")), File.ReadAllBytes(temp.File("tool.mid")));
        // The same summary, but for the file's name and the speed.
        static string[] Summary(CliRun run, string file) => [.. run.OutputLines.Where(l => !l.StartsWith("speed", StringComparison.Ordinal)).Select(l => l.Replace(file, "OUT", StringComparison.Ordinal))];
        Assert.Equal(Summary(build, "build.mid"), Summary(tool, "tool.mid"));
        Assert.Contains(tool.OutputLines, l => l.StartsWith("speed", StringComparison.Ordinal) && l.Contains(decoder, StringComparison.OrdinalIgnoreCase));
    }

    [PackFact]
    public void The_installed_tool_says_the_same_as_the_build_for_help_the_schema_and_a_broken_mapping()
    {
        using var temp = new TempDirectory();
        // Two problems at once, each with its line, column and JSON path.
        File.WriteAllText(temp.File("broken.json"), """
            {
              "name": "Broken",
              "regions": [ { "name": "a", "rect": { "x": 0, "y": 0, "w": 0.5 }, "note": 200 } ]
            }
            """);
        string[][] commands =
        [
            ["--help"],
            ["render", "--help"],
            ["mapping", "schema"],
            ["mapping", "validate", "broken.json"],
            ["mapping", "validate", RepoPaths.Mapping("fireworks.json")],
            ["render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "broken.json", "-o", "never.mid"],
            ["render", "no-such-video.mp4"],
            ["ports"],
        ];
        foreach (var command in commands)
        {
            var tool = CliRun.Process(installed.Command, temp.Path, command);
            var build = CliRun.Process(ToolCommand.OwnBuild, temp.Path, command);
            var what = string.Join(' ', command);
            Assert.True(build.ExitCode == tool.ExitCode, $"{what}: exit {tool.ExitCode}, the build's {build.ExitCode}\n{tool.Error}");
            Assert.True(build.Output == tool.Output, $"{what}: standard output differs\n--- installed\n{tool.Output}\n--- build\n{build.Output}");
            Assert.True(build.Error == tool.Error, $"{what}: standard error differs\n--- installed\n{tool.Error}\n--- build\n{build.Error}");
        }

        // The version, without the commit it was built from (the build may predate the last commit).
        static string Version(CliRun run) => run.Output.Trim().Split('+')[0];
        Assert.Equal(InstalledTool.PackageVersion, Version(CliRun.Process(installed.Command, temp.Path, "--version")));
        Assert.Equal(InstalledTool.PackageVersion, Version(CliRun.Process(ToolCommand.OwnBuild, temp.Path, "--version")));

        var broken = CliRun.Process(installed.Command, temp.Path, "mapping", "validate", "broken.json");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(broken.ErrorLines, l => l.StartsWith("error: broken.json:3:", StringComparison.Ordinal) && l.Contains("$.regions[0]", StringComparison.Ordinal));
        Assert.False(File.Exists(temp.File("never.mid")));
    }

    [PackFact("Xvfb", "ffmpeg", "midicsv")]
    public void The_installed_tool_plays_with_its_preview_window_open_and_records_the_notes_it_renders()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        var environment = new Dictionary<string, string> { ["DISPLAY"] = display.Name, [PreviewWindow.DumpVariable] = temp.File("shown.png") };
        using var tool = ToolProcess.Start(installed.Command, temp.Path, environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview", "--record", "played.mid");
        var exit = tool.WaitForExit(TimeSpan.FromSeconds(60));
        log.WriteLine(tool.Output + tool.Error);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(tool.OutputLines, l => l.StartsWith("No preview window", StringComparison.Ordinal));
        Assert.Empty(tool.ErrorLines);
        Assert.Equal(16, tool.OutputLines.Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
        using (var shown = Cv2.ImRead(temp.File("shown.png"), ImreadModes.Color))
        {
            Assert.Equal((640, 360 + PreviewRenderer.StatusHeight), (shown.Cols, shown.Rows));
        }

        var rendered = CliRun.Process(installed.Command, temp.Path, "render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", "rendered.mid", "--no-progress");
        Assert.True(rendered.ExitCode == 0, rendered.Error);
        static IEnumerable<(long, string, int)> Notes(string file) => Midicsv.Read(file).Notes.Select(n => (n.Tick, n.IsOn ? "on" : "off", n.Number));
        Assert.Equal(Notes(temp.File("rendered.mid")), Notes(temp.File("played.mid")));
    }

    [PackFact("jackd", "jack_midi_dump", "jack_lsp")]
    public Task The_installed_tool_plays_the_calibration_notes_through_JACK() => JackTrials.RunAsync(log, async rig =>
    {
        using var dump = rig.StartMidiDump("pix2midi-installed-monitor");
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(installed.Command, temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--stats", "stats.json");
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains($"to jack:{dump.PortName}", run.Output, StringComparison.Ordinal);
        var stats = JackStats.Parse(File.ReadAllText(temp.File("stats.json")));
        Assert.True(stats.WroteAll, $"{stats}");
        try
        {
            dump.WaitForMessages(34, TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException e)
        {
            // Pix2Midi wrote every message into its port (above).
            throw new LostAtReceiverException(e.Message, e);
        }

        var ons = dump.Messages.Where(m => m.Bytes[0] == 0x90).Select(m => (int)m.Bytes[1]);
        Assert.Equal(Enumerable.Range(60, 16), ons);
    });

    private static byte[] Head(ZipArchiveEntry entry, int count)
    {
        using var stream = entry.Open();
        var head = new byte[count];
        stream.ReadExactly(head);
        return head;
    }

    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        // Precompiled code is announced by the managed native header in the CLI header.
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
