using System.Globalization;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Synth.SoundFonts;

/// <summary>A SoundFont a synthesizer has loaded: its presets, and what a run will find missing in it.</summary>
public sealed class LoadedSoundFont
{
    private readonly HashSet<PresetNumber> _numbers;

    internal LoadedSoundFont(string path, SoundFontHeader header, IReadOnlyList<SoundFontPreset> presets)
    {
        Path = path;
        Header = header;
        Presets = [.. presets.OrderBy(p => p.Bank).ThenBy(p => p.Program)];
        _numbers = [.. presets.Select(p => p.Number)];
        GeneralMidiPrograms = presets.Count(p => p.Bank == 0);
        DrumKitCount = presets.Count(p => p.Bank == PresetNumber.DrumBank);
    }

    /// <summary>The path it was loaded from.</summary>
    public string Path { get; }

    /// <summary>Its file name, such as <c>FluidR3_GM.sf2</c>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>What its header says (kind, version, inner name).</summary>
    public SoundFontHeader Header { get; }

    /// <summary>Every preset, by bank then program.</summary>
    public IReadOnlyList<SoundFontPreset> Presets { get; }

    /// <summary>How many of the 128 General MIDI programs (bank 0) it has.</summary>
    public int GeneralMidiPrograms { get; }

    /// <summary>How many drum kits (bank 128) it has.</summary>
    public int DrumKitCount { get; }

    /// <summary>Whether it has all 128 General MIDI programs and at least one drum kit.</summary>
    public bool IsGeneralMidi => GeneralMidiPrograms == 128 && DrumKitCount > 0;

    /// <summary>What to tell the user it plays with: <c>FluidR3_GM.sf2 (General MIDI)</c>, or how much of General MIDI it covers.</summary>
    public string Description => IsGeneralMidi
        ? $"{FileName} (General MIDI)"
        : string.Create(CultureInfo.InvariantCulture, $"{FileName} ({GeneralMidiPrograms} of 128 General MIDI programs, {DrumKitCount} drum {(DrumKitCount == 1 ? "kit" : "kits")})");

    /// <summary>Whether it has the preset <paramref name="bank"/>:<paramref name="program"/>.</summary>
    public bool Has(int bank, int program) => _numbers.Contains(new PresetNumber(bank, program));

    /// <summary>The preset's name, or null when the font lacks it.</summary>
    public string? NameOf(int bank, int program) =>
        Presets.Where(p => p.Bank == bank && p.Program == program).Select(p => p.Name).FirstOrDefault();

    /// <summary>
    /// The presets <paramref name="events"/> would play that this font lacks, each once, by bank then
    /// program: each channel starts on program 0, the drum channel (<see cref="DrumKits.Channel"/>)
    /// in bank 128, and a program change moves it; what a note-on finds is what counts.
    /// </summary>
    /// <remarks>FluidSynth plays such notes with a substitute when it has one (bank 0 for a missing bank) or not at all.</remarks>
    public IReadOnlyList<PresetNumber> MissingFor(IEnumerable<NoteEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Span<int> programs = stackalloc int[16];
        var missing = new SortedSet<PresetNumber>(Comparer<PresetNumber>.Create((a, b) => a.Bank != b.Bank ? a.Bank.CompareTo(b.Bank) : a.Program.CompareTo(b.Program)));
        foreach (var e in events)
        {
            var channel = e.Channel & 0x0F;
            if (e.Kind == NoteEventKind.ProgramChange)
            {
                programs[channel] = e.Data1;
            }
            else if (e.Kind == NoteEventKind.NoteOn)
            {
                var number = new PresetNumber(channel == DrumKits.Channel ? PresetNumber.DrumBank : 0, programs[channel]);
                if (!_numbers.Contains(number))
                {
                    missing.Add(number);
                }
            }
        }

        return [.. missing];
    }
}
