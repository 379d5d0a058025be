using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>
/// Finds libfluidsynth 2.x (once, for the whole process), says in one line what to install when it
/// is missing, and silences its own printing.
/// </summary>
/// <remarks>
/// <para>
/// The <c>[LibraryImport]</c> declarations in <c>Interop/FluidSynth</c> name the library
/// logically; this type's resolver, registered for this assembly before the first of them is
/// called, maps that name to the versioned file: <c>libfluidsynth.so.3</c> on Linux (the runtime
/// package has no unversioned name), <c>libfluidsynth.3.dylib</c> on macOS (also by Homebrew's
/// absolute paths, which dyld does not search), <c>libfluidsynth-3.dll</c> on Windows (beside
/// the program, or on <c>PATH</c>). The handle is kept for the life of the process.
/// </para>
/// <para>
/// <see cref="DisableVariable"/> set to anything but <c>0</c> makes every entry point act as if
/// the library were missing (to check that message, or to rule FluidSynth out).
/// </para>
/// </remarks>
public static class FluidSynthLibrary
{
    /// <summary>The environment variable that makes Pix2Midi act as if FluidSynth were not installed.</summary>
    public const string DisableVariable = "PIX2MIDI_FLUIDSYNTH_DISABLE";

    /// <summary>The only major version whose API this project calls.</summary>
    public const int SupportedMajor = 2;

    private static readonly Lock Gate = new();
    private static bool _registered;
    private static nint _handle;
    private static bool _searched;
    private static (int Major, int Minor, int Micro)? _version;
    private static string? _problem;

    /// <summary>The loaded library's version, such as <c>2.3.1</c>; empty until <see cref="Load"/> has succeeded.</summary>
    public static string Version => _version is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{v.Micro}") : string.Empty;

    /// <summary>The file name this OS's library goes by.</summary>
    public static string FileName =>
        OperatingSystem.IsWindows() ? "libfluidsynth-3.dll"
        : OperatingSystem.IsMacOS() ? "libfluidsynth.3.dylib"
        : "libfluidsynth.so.3";

    /// <summary>The one line said when the library cannot be used because it is not installed.</summary>
    public static string MissingMessage =>
        $"FluidSynth 2 is not installed ({FileName} was not found): on Debian/Ubuntu: sudo apt install libfluidsynth3; on macOS: brew install fluid-synth; on Windows: download FluidSynth's release and put its bin folder on PATH";

    /// <summary>Loads the library (once), checks its version and silences its logging.</summary>
    /// <returns>Null when FluidSynth is ready; otherwise one line saying what is missing and what to install.</returns>
    public static string? Load()
    {
        if (Environment.GetEnvironmentVariable(DisableVariable) is { Length: > 0 } disable && disable != "0")
        {
            return MissingMessage;
        }

        lock (Gate)
        {
            if (_version is null && _problem is null)
            {
                _problem = LoadOnce();
            }

            return _problem;
        }
    }

    /// <summary>Throws <see cref="SynthException"/> with <see cref="Load"/>'s line unless FluidSynth is ready.</summary>
    internal static void Require()
    {
        if (Load() is { } problem)
        {
            throw new SynthException(problem);
        }
    }

    /// <summary>Registers the resolver for this assembly; called by the interop class's static constructor, before any native call.</summary>
    internal static void RegisterResolver()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            _registered = true;
            try
            {
                NativeLibrary.SetDllImportResolver(typeof(FluidSynthLibrary).Assembly, Resolve);
            }
            catch (InvalidOperationException)
            {
                // Already set for this assembly (cannot happen through this class): the default probing applies.
            }
        }
    }

    /// <summary>The file names and paths tried, in order, on this OS.</summary>
    internal static IEnumerable<string> Candidates()
    {
        if (OperatingSystem.IsWindows())
        {
            yield return Path.Combine(AppContext.BaseDirectory, "libfluidsynth-3.dll");
            yield return "libfluidsynth-3.dll";
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "libfluidsynth.3.dylib";
            yield return "/opt/homebrew/lib/libfluidsynth.3.dylib";
            yield return "/usr/local/lib/libfluidsynth.3.dylib";
        }
        else
        {
            yield return "libfluidsynth.so.3";
        }
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Interop.Libraries.FluidSynth)
        {
            return 0;
        }

        lock (Gate)
        {
            if (!_searched)
            {
                _searched = true;
                foreach (var candidate in Candidates())
                {
                    if (NativeLibrary.TryLoad(candidate, out _handle))
                    {
                        break;
                    }
                }
            }

            return _handle;
        }
    }

    private static string? LoadOnce()
    {
        try
        {
            Interop.FluidSynth.Version(out var major, out var minor, out var micro);
            if (major != SupportedMajor)
            {
                return string.Create(CultureInfo.InvariantCulture, $"FluidSynth {major}.{minor}.{micro} is installed and Pix2Midi needs FluidSynth 2.x: on Debian/Ubuntu: sudo apt install libfluidsynth3; on macOS: brew install fluid-synth; on Windows: download FluidSynth 2's release and put its bin folder on PATH");
            }

            FluidSynthLog.Install();
            _version = (major, minor, micro);
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return MissingMessage;
        }
    }
}
