using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace Pix2Midi.Cli.Tests.Wine;

/// <summary>
/// The Windows build of Pix2Midi, made on Linux as the README says
/// (<c>dotnet publish src/Pix2Midi.Cli -c Release -r win-x64 --self-contained -p:Pix2MidiNative=false</c>),
/// run under Wine in a prefix of its own, with the Windows <c>ffmpeg.exe</c> and <c>ffprobe.exe</c>
/// that the npm registry carries on its <c>PATH</c> (Wine's <c>WINEPATH</c>). Made once per test run,
/// on first use.
/// </summary>
/// <remarks>
/// <para>
/// The FFmpeg pair is the registry's: <c>@ffmpeg-installer/win32-x64</c> 4.1.0 is a 2018 ffmpeg
/// (<c>N-92722</c>, which knows <c>-vsync</c> but not <c>-fps_mode</c>) and
/// <c>@ffprobe-installer/win32-x64</c> 5.1.0 a 2023 ffprobe: an old ffmpeg beside a newer ffprobe,
/// as on many Windows machines. The packages are fetched with <c>npm pack</c> once into
/// <c>~/.cache/pix2midi-tests/wine</c> (<c>XDG_CACHE_HOME</c> if set) and kept for later runs.
/// </para>
/// <para>
/// Wine is run as docs say works headless (shared/docs/windows-wine.md): <c>WINEDEBUG=-all</c>, no
/// <c>DISPLAY</c>, a UTF-8 locale (arguments lose their accents without one), Wine's debugger and
/// ALSA driver off (an unhandled exception then exits at once instead of dumping registers; no
/// ALSA lines on standard error), the program started as <c>wine pix2midi.exe</c>, never through
/// <c>cmd</c>, so that <c>kill -INT</c> reaches it as a console Ctrl+C.
/// </para>
/// <para>
/// Cost, measured on this 2-core machine (2026-12-07, while another build kept its load average
/// at 8-13): the 11 tests took 5.1-5.5 min in all, of which about 2.2 min is this setup (publishing
/// 1.3-2.4 min, the Wine prefix made meanwhile in 7-27 s: 695 MB, deleted at the end; npm pack
/// about 12 s the first time: 51 MB, then cached) and about 3 min the tests (the two sample renders
/// 31-35 s, the help of 12 commands 15-28 s, Ctrl+C during run about 15 s). So the Wine tests add about
/// 5-6 minutes to <c>.ci/run</c>, less on an idle machine.
/// </para>
/// </remarks>
public sealed class WineBuild : IDisposable
{
    public const string FfmpegPackage = "@ffmpeg-installer/win32-x64@4.1.0";
    public const string FfprobePackage = "@ffprobe-installer/win32-x64@5.1.0";

    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(15);

    private readonly TempDirectory _temp = new();
    private readonly Lazy<TimeSpan> _made;

    public WineBuild()
    {
        _made = new Lazy<TimeSpan>(Make, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The published Windows build's folder.</summary>
    public string App => Path.Combine(_temp.Path, "app");

    /// <summary><c>pix2midi.exe</c>, built and ready to run on first use.</summary>
    public string Program
    {
        get
        {
            _ = _made.Value;
            return Path.Combine(App, "pix2midi.exe");
        }
    }

    /// <summary>How long publishing, fetching FFmpeg and making the prefix took.</summary>
    public TimeSpan SetupTime => _made.Value;

    /// <summary>The folder with <c>ffmpeg.exe</c> and <c>ffprobe.exe</c>, on the Windows build's <c>PATH</c>.</summary>
    public string FfmpegFolder => Path.Combine(_temp.Path, "FFmpeg");

    /// <summary>Where the packages fetched with npm are kept between runs.</summary>
    public static string Cache => Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "pix2midi-tests",
        "wine");

    private string Prefix => Path.Combine(_temp.Path, "prefix");

    /// <summary>The environment every Wine process of these tests gets.</summary>
    public Dictionary<string, string> WineEnvironment(bool withFfmpeg = true)
    {
        var environment = new Dictionary<string, string>
        {
            ["WINEPREFIX"] = Prefix,
            ["WINEDEBUG"] = "-all",
            ["DISPLAY"] = string.Empty,
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "C.UTF-8",
            ["WINEDLLOVERRIDES"] = "winedbg.exe=d;winealsa.drv=d",
            ["WINEPATH"] = withFfmpeg ? WindowsPath(FfmpegFolder) : string.Empty,
            ["PIX2MIDI_FFMPEG"] = string.Empty,
        };
        return environment;
    }

    /// <summary>The path Windows programs under Wine see for <paramref name="unixPath"/> (drive Z: is the Unix root).</summary>
    public static string WindowsPath(string unixPath) => "Z:" + Path.GetFullPath(unixPath).Replace('/', '\\');

    /// <summary>Runs <c>pix2midi.exe</c> to its end.</summary>
    public CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, withFfmpeg: true, args);

    /// <summary>Runs <c>pix2midi.exe</c> to its end, with or without FFmpeg on its <c>PATH</c>.</summary>
    public CliRun Run(string workingDirectory, bool withFfmpeg, params string[] args)
    {
        var result = ExternalTool.Run("wine", [Program, .. args], TimeSpan.FromMinutes(3), workingDirectory, WineEnvironment(withFfmpeg));
        return new CliRun(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    /// <summary>Starts <c>pix2midi.exe</c> as a child process to watch and signal.</summary>
    public ToolProcess Start(string workingDirectory, params string[] args) =>
        ToolProcess.Start(["wine", Program], workingDirectory, WineEnvironment(), args);

    public void Dispose()
    {
        if (Directory.Exists(Prefix))
        {
            try
            {
                _ = ExternalTool.Run("wineserver", ["-k"], TimeSpan.FromSeconds(30), environment: WineEnvironment());
            }
            catch (Exception e) when (e is TimeoutException or System.ComponentModel.Win32Exception or InvalidOperationException)
            {
            }
        }

        _temp.Dispose();
    }

    private TimeSpan Make()
    {
        var clock = Stopwatch.StartNew();
        // The prefix is made while the build compiles: Wine's start-up is mostly waiting.
        var prefix = Task.Run(() => ExternalTool.Run("wineboot", ["--init"], TimeSpan.FromMinutes(5), _temp.Path, WineEnvironment()).EnsureSuccess("wineboot --init"));
        FetchFfmpeg();
        // Its own artifacts folder: the Windows build never touches the build the other tests run.
        ExternalTool.Run(
            "dotnet",
            ["publish", Path.Combine(RepoPaths.Root, "src", "Pix2Midi.Cli"), "-c", "Release", "-r", "win-x64", "--self-contained", "-p:Pix2MidiNative=false",
                "-o", App, "--artifacts-path", Path.Combine(_temp.Path, "artifacts"), "-nologo"],
            Slow).EnsureSuccess("dotnet publish -r win-x64");
        _ = prefix.GetAwaiter().GetResult();
        return clock.Elapsed;
    }

    private void FetchFfmpeg()
    {
        Directory.CreateDirectory(Cache);
        Directory.CreateDirectory(FfmpegFolder);
        foreach (var (package, program) in new[] { (FfmpegPackage, "ffmpeg.exe"), (FfprobePackage, "ffprobe.exe") })
        {
            // @scope/name@1.2.3 is packed as scope-name-1.2.3.tgz.
            var at = package.LastIndexOf('@');
            var tarball = Path.Combine(Cache, $"{package[1..at].Replace('/', '-')}-{package[(at + 1)..]}.tgz");
            if (!File.Exists(tarball))
            {
                ExternalTool.Run("npm", ["pack", package, "--pack-destination", Cache, "--silent"], TimeSpan.FromMinutes(5), Cache).EnsureSuccess("npm pack " + package);
            }

            using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.Name == "package/" + program)
                {
                    entry.ExtractToFile(Path.Combine(FfmpegFolder, program), overwrite: true);
                }
            }

            if (!File.Exists(Path.Combine(FfmpegFolder, program)))
            {
                throw new InvalidOperationException($"{tarball} holds no package/{program}");
            }
        }
    }
}
