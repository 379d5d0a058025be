using System.Globalization;
using System.Runtime.InteropServices;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files.Libav;

/// <summary>
/// Finds and loads the system's FFmpeg shared libraries (libavformat, libavcodec, libavutil) once,
/// as one consistent set of a version whose structure layout Pix2Midi knows.
/// </summary>
/// <remarks>
/// <para>
/// The libraries are looked for by their versioned names (<c>libavformat.so.61</c> on Linux, what
/// the <c>ffmpeg</c> package brings; <c>libavformat.61.dylib</c> on macOS, also in Homebrew's and
/// MacPorts' folders; <c>avformat-61.dll</c> on Windows, beside the program and on <c>PATH</c>),
/// for each known set in <see cref="LibavLayout.Known"/>, newest first; the majors each library
/// reports must be the set's. The
/// <c>[LibraryImport]</c> declarations in <c>Interop/Libav</c> name the libraries logically and
/// are resolved to the loaded set here.
/// </para>
/// <para>
/// <see cref="DisableVariable"/> set to anything but <c>0</c> makes Pix2Midi behave as if the
/// libraries were not installed (to check that message, or to rule them out).
/// </para>
/// </remarks>
internal static class LibavRuntime
{
    /// <summary>The environment variable that turns the in-process decoder off.</summary>
    public const string DisableVariable = "PIX2MIDI_LIBAV_DISABLE";

    private static readonly Lock Gate = new();
    private static LibavState? _state;

    /// <summary>Loads the libraries (once) and says what came of it.</summary>
    public static LibavState State
    {
        get
        {
            lock (Gate)
            {
                return _state ??= LoadOrMissing();
            }
        }
    }

    /// <summary>The loaded libraries' layout.</summary>
    /// <exception cref="FrameSourceException">They are missing, turned off or of an unknown version: one line saying what to do.</exception>
    public static LibavState Require(string path)
    {
        var state = State;
        return state.Layout is not null ? state : throw Unavailable(path, state);
    }

    /// <summary>The one line that says why <paramref name="state"/> cannot be used, and what to do.</summary>
    internal static FrameSourceException Unavailable(string path, LibavState state)
    {
        var install = OperatingSystem.IsWindows() ? "put the DLLs of a \"shared\" FFmpeg build on PATH"
            : OperatingSystem.IsMacOS() ? "brew install ffmpeg"
            : "sudo apt install ffmpeg (Debian/Ubuntu) or your distribution's ffmpeg package";
        return new FrameSourceException(state.UnknownFormatMajor is { } major
            ? string.Create(CultureInfo.InvariantCulture, $"{path}: --decoder libav knows FFmpeg's libraries {string.Join(", ", LibavLayout.Known.Select(k => $"{k.Release} (libavformat {k.FormatMajor})"))}, and the ones installed are libavformat {major}; use --decoder ffmpeg")
            : $"{path}: --decoder libav needs FFmpeg's shared libraries (libavformat, libavcodec, libavutil), and they were not found; install them ({install}) or use --decoder ffmpeg");
    }

    private static LibavState LoadOrMissing()
    {
        try
        {
            return Load();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            // A library that loads but lacks what its version promises: not one to decode with.
            return LibavState.Missing;
        }
    }

    private static LibavState Load()
    {
        if (Environment.GetEnvironmentVariable(DisableVariable) is { Length: > 0 } disable && disable != "0")
        {
            return LibavState.Missing;
        }

        if (!Environment.Is64BitProcess)
        {
            return LibavState.Missing;
        }

        foreach (var layout in LibavLayout.Known)
        {
            if (TryLoadSet(layout) is not { } handles)
            {
                continue;
            }

            if (Majors(handles) != (layout.UtilMajor, layout.CodecMajor, layout.FormatMajor))
            {
                Free(handles);
                continue;
            }

            try
            {
                NativeLibrary.SetDllImportResolver(typeof(LibavRuntime).Assembly, (name, _, _) => name switch
                {
                    Interop.Libraries.Avutil => handles.Util,
                    Interop.Libraries.Avcodec => handles.Codec,
                    Interop.Libraries.Avformat => handles.Format,
                    _ => 0,
                });
            }
            catch (InvalidOperationException)
            {
                // Another part of this assembly resolves its own libraries: do without.
                Free(handles);
                return LibavState.Missing;
            }

            // FFmpeg's own messages would reach the user's terminal; Pix2Midi says what went wrong itself.
            Interop.Avutil.LogSetLevel(Interop.Avutil.LogQuiet);
            var release = Marshal.PtrToStringUTF8(Interop.Avutil.VersionInfo()) ?? string.Empty;
            var version = Interop.Avformat.Version();
            return new LibavState(layout, release, string.Create(CultureInfo.InvariantCulture, $"{version >> 16}.{(version >> 8) & 0xFF}"), null);
        }

        return new LibavState(null, string.Empty, string.Empty, FindUnknownFormatMajor());
    }

    /// <summary>The majors the three libraries report.</summary>
    private static unsafe (uint Util, uint Codec, uint Format) Majors((nint Util, nint Codec, nint Format) handles)
    {
        static uint Major(nint library, string function) =>
            NativeLibrary.TryGetExport(library, function, out var address) ? ((delegate* unmanaged<uint>)address)() >> 16 : 0;

        return (Major(handles.Util, "avutil_version"), Major(handles.Codec, "avcodec_version"), Major(handles.Format, "avformat_version"));
    }

    private static (nint Util, nint Codec, nint Format)? TryLoadSet(LibavLayout layout)
    {
        if (TryLoad("avutil", layout.UtilMajor) is not { } utilHandle)
        {
            return null;
        }

        if (TryLoad("avcodec", layout.CodecMajor) is not { } codecHandle)
        {
            NativeLibrary.Free(utilHandle);
            return null;
        }

        if (TryLoad("avformat", layout.FormatMajor) is not { } formatHandle)
        {
            NativeLibrary.Free(codecHandle);
            NativeLibrary.Free(utilHandle);
            return null;
        }

        return (utilHandle, codecHandle, formatHandle);
    }

    private static void Free((nint Util, nint Codec, nint Format) handles)
    {
        NativeLibrary.Free(handles.Format);
        NativeLibrary.Free(handles.Codec);
        NativeLibrary.Free(handles.Util);
    }

    /// <summary>A libavformat of a major Pix2Midi has no layout for, to name it in the message.</summary>
    private static int? FindUnknownFormatMajor()
    {
        for (var major = 56; major <= 70; major++)
        {
            if (LibavLayout.Known.Any(k => k.FormatMajor == major) || TryLoad("avformat", major) is not { } handle)
            {
                continue;
            }

            NativeLibrary.Free(handle);
            return major;
        }

        return null;
    }

    private static nint? TryLoad(string name, int major)
    {
        foreach (var candidate in Candidates(name, major))
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        return null;
    }

    /// <summary>
    /// The file names (and paths) a library of one major version goes by: on Windows beside the
    /// program first, then by name (the system's search, <c>PATH</c> included); on macOS by name, then
    /// in Homebrew's folders (its <c>ffmpeg</c> and versioned <c>ffmpeg@N</c> kegs too) and MacPorts'
    /// (<c>ffmpegN</c> ports keep theirs in <c>libexec</c>); elsewhere by soname.
    /// </summary>
    internal static IEnumerable<string> Candidates(string name, int major) =>
        Candidates(name, major, OperatingSystem.IsWindows() ? OSPlatform.Windows : OperatingSystem.IsMacOS() ? OSPlatform.OSX : OSPlatform.Linux, AppContext.BaseDirectory);

    /// <summary>The names <see cref="Candidates(string, int)"/> gives on <paramref name="platform"/>, for a program in <paramref name="programFolder"/>.</summary>
    internal static IEnumerable<string> Candidates(string name, int major, OSPlatform platform, string programFolder)
    {
        if (platform == OSPlatform.Windows)
        {
            var dll = string.Create(CultureInfo.InvariantCulture, $"{name}-{major}.dll");
            yield return Path.Join(programFolder, dll);
            yield return dll;
        }
        else if (platform == OSPlatform.OSX)
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"lib{name}.{major}.dylib");
            yield return file;
            foreach (var folder in MacFolders(name, major))
            {
                yield return folder + "/" + file;
            }
        }
        else
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"lib{name}.so.{major}");
        }
    }

    /// <summary>Homebrew's and MacPorts' library folders for the FFmpeg release that has this library major.</summary>
    private static IEnumerable<string> MacFolders(string name, int major)
    {
        var release = Release(name, major);
        foreach (var prefix in new[] { "/opt/homebrew", "/usr/local" })
        {
            yield return prefix + "/lib";
            yield return prefix + "/opt/ffmpeg/lib";
            if (release is { } keg)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}/opt/ffmpeg@{keg}/lib");
            }
        }

        yield return "/opt/local/lib";
        if (release is { } port)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"/opt/local/libexec/ffmpeg{port}/lib");
        }
    }

    /// <summary>The FFmpeg release (5, 6, 7…) whose known layout has this library major, or null.</summary>
    private static int? Release(string name, int major)
    {
        foreach (var layout in LibavLayout.Known)
        {
            var known = name switch
            {
                "avutil" => layout.UtilMajor,
                "avcodec" => layout.CodecMajor,
                _ => layout.FormatMajor,
            };
            if (known == major)
            {
                return int.Parse(layout.Release.TrimEnd('x', '.'), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
