using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using OpenCvSharp;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.OpenCv;

/// <summary>
/// Prepares the process for OpenCV once: FFmpeg's and OpenCV's console logging silenced, and the
/// native library loaded, with a failure to load turned into a message the user can act on.
/// </summary>
/// <remarks>
/// Every frame source in this assembly calls <see cref="EnsureLoaded"/> before it creates a
/// <see cref="VideoCapture"/>, and other users of OpenCV (the preview window) call <see cref="Load"/>
/// before their first OpenCV object. OpenCV reads <see cref="FfmpegLogLevelVariable"/> natively when
/// its FFmpeg backend first starts, so the variable must be in the C library's environment before
/// that, and it is not read again. Initialisation runs once, on whichever thread gets here first; the
/// others wait for it. The log level set here is process-wide.
/// </remarks>
public static partial class OpenCvRuntime
{
    /// <summary>The variable OpenCV reads to choose FFmpeg's log level.</summary>
    public const string FfmpegLogLevelVariable = "OPENCV_FFMPEG_LOGLEVEL";

    /// <summary>FFmpeg's <c>AV_LOG_QUIET</c>: nothing is printed.</summary>
    public const string FfmpegQuiet = "-8";

    private static readonly Lazy<string?> LoadFailure = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);

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
    internal static string DescribeLoadFailure(Exception failure)
    {
        var cause = failure;
        while (cause is TypeInitializationException { InnerException: { } inner })
        {
            cause = inner;
        }

        const string Prefix = "OpenCV's native library could not be loaded";
        string? missing = null;
        var externMissing = false;
        foreach (Match match in MissingSharedObject().Matches(cause.Message))
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

    private static string? Initialize()
    {
        QuietFfmpeg();
        try
        {
            LoadNextToProgram();
            Cv2.SetLogLevel(LogLevel.SILENT);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or BadImageFormatException or EntryPointNotFoundException)
        {
            return DescribeLoadFailure(e);
        }
    }

    /// <summary>
    /// In a native (AOT) build, loads OpenCvSharpExtern from the program's folder, where publishing
    /// puts it: OpenCvSharp's own calls then find it by name (its soname) already loaded. Without
    /// this they search only the system's folders there. A framework-dependent build finds it
    /// through its dependency file and is left alone.
    /// </summary>
    private static void LoadNextToProgram()
    {
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return;
        }

        var name = OperatingSystem.IsWindows() ? "OpenCvSharpExtern.dll" : OperatingSystem.IsMacOS() ? "libOpenCvSharpExtern.dylib" : "libOpenCvSharpExtern.so";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(path))
        {
            // A failure here (a missing GTK, say) surfaces, explained, from the first call below.
            _ = NativeLibrary.TryLoad(path, out _);
        }
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
