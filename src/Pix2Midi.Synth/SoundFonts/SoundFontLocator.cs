namespace Pix2Midi.Synth.SoundFonts;

/// <summary>Finds a General MIDI SoundFont when the user names none: the system's, else one the caller bundles.</summary>
public static class SoundFontLocator
{
    /// <summary>Where this OS's packages put a General MIDI SoundFont, most specific first.</summary>
    /// <remarks>
    /// Debian/Ubuntu (<c>fluid-soundfont-gm</c>: <c>default-GM.sf2</c> is the alternatives link,
    /// <c>FluidR3_GM.sf2</c> the file), then Fedora's and Arch's <c>/usr/share/soundfonts</c>, then
    /// Homebrew's share folders on macOS. Windows has no standard place.
    /// </remarks>
    public static IReadOnlyList<string> GeneralMidiCandidates { get; } =
        OperatingSystem.IsWindows() ? []
        : OperatingSystem.IsMacOS() ? ["/opt/homebrew/share/soundfonts/default.sf2", "/usr/local/share/soundfonts/default.sf2"]
        : ["/usr/share/sounds/sf2/default-GM.sf2", "/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/soundfonts/default.sf2", "/usr/share/soundfonts/FluidR3_GM.sf2"];

    /// <summary>The first General MIDI SoundFont that exists, else <paramref name="bundledFallback"/> when it exists, else null.</summary>
    /// <param name="bundledFallback">A small font shipped with the program, used only when the system has none.</param>
    public static string? FindGeneralMidi(string? bundledFallback = null)
    {
        foreach (var candidate in GeneralMidiCandidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return bundledFallback is not null && File.Exists(bundledFallback) ? bundledFallback : null;
    }

    /// <summary>The font to use: <paramref name="requested"/> when given (checked later, as given), else <see cref="FindGeneralMidi"/>.</summary>
    /// <exception cref="SynthException">None was given and none was found: one line saying where Pix2Midi looked and what to do.</exception>
    public static string Resolve(string? requested, string? bundledFallback = null)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return requested;
        }

        if (FindGeneralMidi(bundledFallback) is { } found)
        {
            return found;
        }

        var looked = GeneralMidiCandidates.Concat(bundledFallback is null ? [] : [bundledFallback]).ToList();
        var where = looked.Count == 0 ? string.Empty : $" (looked for {string.Join(", ", looked)})";
        var install = OperatingSystem.IsLinux() ? "install one (Debian/Ubuntu: sudo apt install fluid-soundfont-gm) or " : string.Empty;
        throw new SynthException($"no General MIDI SoundFont was found{where}: {install}name an .sf2 SoundFont to use");
    }
}
