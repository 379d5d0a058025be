using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using OpenCvSharp;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.OpenCv;

/// <summary>
/// Prepares the process for OpenCV once: OpenCV's native library found for every OpenCV call in
/// the process, FFmpeg's and OpenCV's console logging silenced, and a failure to load turned into
/// a message the user can act on.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Register"/>, called once when the program starts, gives OpenCvSharp's assembly a
/// library resolver: whichever OpenCV call comes first (a decoder, a camera, the preview window, a
/// PNG picture) finds OpenCvSharpExtern beside the program (where a native build puts it) or where
/// the runtime's own search finds it (a framework-dependent build's dependency file), with FFmpeg's
/// log level set natively before the library is loaded. No caller has to load anything first.
/// </para>
/// <para>
/// A library that cannot be loaded surfaces as the runtime's <see cref="DllNotFoundException"/>
/// (often inside a <see cref="TypeInitializationException"/>) from the first OpenCV call;
/// <see cref="IsLoadFailure"/> recognises it and <see cref="DescribeLoadFailure"/> explains it in
/// one line, with the loader's own reason when the resolver saw it. <see cref="Load"/> and
/// <see cref="EnsureLoaded"/> let a caller ask up front (before any work, or to go on without
/// OpenCV). OpenCV reads <see cref="FfmpegLogLevelVariable"/> natively when its FFmpeg backend
/// first starts, and not again. The log level set here is process-wide.
/// </para>
/// </remarks>
public static partial class OpenCvRuntime
{
    /// <summary>The variable OpenCV reads to choose FFmpeg's log level.</summary>
    public const string FfmpegLogLevelVariable = "OPENCV_FFMPEG_LOGLEVEL";

    /// <summary>FFmpeg's <c>AV_LOG_QUIET</c>: nothing is printed.</summary>
    public const string FfmpegQuiet = "-8";

    /// <summary>
    /// The run-time switch a Windows build made on another OS carries: OpenCV's Windows runtime was
    /// left out of it (src/Pix2Midi.Cli's project file sets it; docs/decisions/0002).
    /// </summary>
    public const string LeftOutSwitch = "Pix2Midi.OpenCvLeftOut";

    /// <summary>The library's logical name in OpenCvSharp's <c>[DllImport]</c>s.</summary>
    private const string ExternName = "OpenCvSharpExtern";

    private static readonly Lazy<string?> LoadFailure = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<bool> Registered = new(RegisterResolver, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What the loader said when the program's own copy of the library failed to load (a missing dependency, say).</summary>
    private static string? _programCopyFailure;

    /// <summary>
    /// Makes every OpenCV call in the process find OpenCV's native library; call once at start.
    /// Calling it again does nothing.
    /// </summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>Whether <paramref name="failure"/> is OpenCV's native library failing to load.</summary>
    public static bool IsLoadFailure(Exception failure)
    {
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException
                && (cause.Message.Contains(ExternName, StringComparison.OrdinalIgnoreCase) || failure is TypeInitializationException { TypeName: { } type } && type.StartsWith("OpenCvSharp", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Initialises OpenCV if it has not been yet, for a caller that can go on without it.</summary>
    /// <returns>Null when OpenCV is ready; otherwise one line saying why it could not be loaded and what to do.</returns>
    public static string? Load() => LoadFailure.Value;

    /// <summary>Initialises OpenCV if it has not been yet.</summary>
    /// <param name="sourceName">The file or camera about to be opened, named in the error.</param>
    /// <exception cref="FrameSourceException">OpenCV's native library cannot be loaded.</exception>
    public static void EnsureLoaded(string sourceName)
    {
        if (LoadFailure.Value is { } reason)
        {
            throw new FrameSourceException($"{sourceName}: cannot decode video: {reason}");
        }
    }

    /// <summary>
    /// The value of <see cref="FfmpegLogLevelVariable"/> as native code sees it, or
    /// <see langword="null"/> when it is not set.
    /// </summary>
    public static string? NativeFfmpegLogLevel()
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetEnvironmentVariable(FfmpegLogLevelVariable);
        }

        var value = Interop.Libc.GetEnv(FfmpegLogLevelVariable);
        return value == 0 ? null : Marshal.PtrToStringUTF8(value);
    }

    /// <summary>Explains, in one line, why OpenCV's native library could not be loaded.</summary>
    /// <param name="failure">What loading threw, possibly wrapped in a <see cref="TypeInitializationException"/>.</param>
    public static string DescribeLoadFailure(Exception failure)
    {
        var cause = failure;
        while (cause is TypeInitializationException { InnerException: { } inner })
        {
            cause = inner;
        }

        if (LeftOutOfBuild() is { } leftOut)
        {
            return leftOut;
        }

        const string Prefix = "OpenCV's native library could not be loaded";
        string? missing = null;
        var externMissing = false;
        // The program's own copy's reason comes first: a native build's default search never finds
        // the library, so the runtime's message would only say it is not in the system's folders.
        foreach (Match match in MissingSharedObject().Matches(_programCopyFailure + "\n" + cause.Message))
        {
            var name = match.Groups["name"].Value;
            if (name.Contains("OpenCvSharpExtern", StringComparison.OrdinalIgnoreCase))
            {
                externMissing = true;
            }
            else
            {
                missing ??= name;
            }
        }

        if (missing is not null)
        {
            var advice = missing.StartsWith("libgtk-3.so", StringComparison.Ordinal)
                ? "on Debian/Ubuntu install it with: sudo apt install libgtk-3-0"
                : "install the system package that provides it (on Debian/Ubuntu, sudo apt install libgtk-3-0 brings most of what OpenCV needs)";
            return $"{Prefix} because {missing} is missing; {advice}";
        }

        if (externMissing)
        {
            return $"{Prefix}: OpenCvSharpExtern is not installed next to Pix2Midi; reinstall Pix2Midi for this platform";
        }

        if (cause is DllNotFoundException && OperatingSystem.IsLinux())
        {
            return $"{Prefix} ({FirstLine(cause.Message)}); on Debian/Ubuntu, sudo apt install libgtk-3-0 installs the libraries it usually lacks";
        }

        return $"{Prefix} ({cause.GetType().Name}: {FirstLine(cause.Message)})";
    }

    /// <summary>One line saying OpenCV is not in this build, or null when it is (see <see cref="LeftOutSwitch"/>).</summary>
    internal static string? LeftOutOfBuild() => LeftOutOfBuild(AppContext.TryGetSwitch(LeftOutSwitch, out var leftOut) && leftOut);

    /// <summary><see cref="LeftOutOfBuild()"/> given the switch's value.</summary>
    internal static string? LeftOutOfBuild(bool leftOut) => leftOut
        ? "OpenCV is not in this build of Pix2Midi (a Windows build made on Linux leaves OpenCV's Windows runtime out): videos decode with --decoder ffmpeg (FFmpeg installed); pictures, cameras and --decoder opencv need a Pix2Midi built on Windows"
        : null;

    private static string? Initialize()
    {
        if (LeftOutOfBuild() is { } leftOut)
        {
            return leftOut;
        }

        Register();
        try
        {
            Cv2.SetLogLevel(LogLevel.SILENT);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
        {
            return DescribeLoadFailure(e);
        }
    }

    private static bool RegisterResolver()
    {
        NativeLibrary.SetDllImportResolver(typeof(Mat).Assembly, Resolve);
        return true;
    }

    /// <summary>
    /// Finds OpenCvSharpExtern for OpenCvSharp: first beside the program, where a native (AOT) build
    /// puts it and where its default search does not look; then where the runtime looks by default
    /// (a framework-dependent build's dependency file names its <c>runtimes/</c> folder).
    /// </summary>
    private static nint Resolve(string libraryName, System.Reflection.Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!libraryName.Equals(ExternName, StringComparison.Ordinal))
        {
            return 0;
        }

        // Before the library loads: OpenCV's FFmpeg reads its log level once, natively.
        QuietFfmpeg();
        var name = OperatingSystem.IsWindows() ? "OpenCvSharpExtern.dll" : OperatingSystem.IsMacOS() ? "libOpenCvSharpExtern.dylib" : "libOpenCvSharpExtern.so";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(path))
        {
            try
            {
                return NativeLibrary.Load(path);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                // A missing dependency (GTK, say): kept to explain the failure the runtime reports next.
                _programCopyFailure = e.Message;
            }
        }

        return NativeLibrary.TryLoad(libraryName, assembly, searchPath, out var handle) ? handle : 0;
    }

    /// <summary>Sets <see cref="FfmpegLogLevelVariable"/> natively unless the user already set it.</summary>
    private static void QuietFfmpeg()
    {
        if (OperatingSystem.IsWindows())
        {
            // Best effort: the C runtime OpenCV is linked against may keep its own copy of the environment.
            if (Environment.GetEnvironmentVariable(FfmpegLogLevelVariable) is null)
            {
                Environment.SetEnvironmentVariable(FfmpegLogLevelVariable, FfmpegQuiet);
            }

            return;
        }

        try
        {
            // overwrite = 0: a value the user set (OPENCV_FFMPEG_LOGLEVEL=32 to debug) wins.
            _ = Interop.Libc.SetEnv(FfmpegLogLevelVariable, FfmpegQuiet, overwrite: 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without libc's setenv FFmpeg stays as chatty as it is by default; decoding still works.
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).TrimEnd().ToString();
    }

    [GeneratedRegex(@"(?<name>[A-Za-z0-9_.+-]+\.so(?:\.[0-9]+)*): cannot open shared object file")]
    private static partial Regex MissingSharedObject();
}
