using Pix2Midi.SoundFonts.Drums;
using Pix2Midi.SoundFonts.GeneralMidi;
using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Voices;
using CoreGeneralMidi = Pix2Midi.Core.Mapping.GeneralMidi;

namespace Pix2Midi.SoundFonts;

/// <summary>
/// The bundled SoundFont: ten synthesised instruments, the 128 General MIDI programs in bank 0
/// and the standard drum kit in bank 128 (programs 0, 8, 16, 24, 25, 32, 40 and 48).
/// </summary>
public static class Pix2MidiSoundFont
{
    /// <summary>The file name, in the repository's soundfonts folder.</summary>
    public const string FileName = "pix2midi.sf2";

    /// <summary>Bank 128: the drum kits.</summary>
    public const int DrumBank = 128;

    /// <summary>Builds the whole bank.</summary>
    public static SoundFontData Build()
    {
        var font = new FontBuilder();
        var voices = new Dictionary<Voice, int>
        {
            [Voice.Keys] = Keys.Add(font),
            [Voice.ElectricPiano] = ElectricPiano.Add(font),
            [Voice.Bell] = Bell.Add(font),
            [Voice.Pluck] = Pluck.Add(font),
            [Voice.Bass] = Bass.Add(font),
            [Voice.Pad] = Pad.Add(font),
            [Voice.Organ] = Organ.Add(font),
            [Voice.Lead] = Lead.Add(font),
            [Voice.Noise] = Noise.Add(font),
        };
        var drumSamples = DrumKit.AddSamples(font);
        voices[Voice.Percussion] = Percussion.Add(font, drumSamples[DrumSound.Tom]);
        var kit = DrumKit.Add(font, drumSamples);

        foreach (var entry in GeneralMidiPrograms.All)
        {
            var layered = entry.Layers.Count > 1;
            var zones = entry.Layers
                .Select(layer => new Zone(voices[layer.Voice], layered ? Louder(layer.Shape, -3) : layer.Shape))
                .ToArray();
            font.AddPreset(new PresetData(entry.Name, 0, entry.Program, zones));
        }

        // The GM kit programs a song may choose (the names mappings accept); every one plays the standard kit.
        foreach (var (program, name) in CoreGeneralMidi.Kits)
        {
            font.AddPreset(new PresetData(name, DrumBank, program, [new Zone(kit, [])]));
        }

        return font.ToSoundFont(
            "Pix2Midi GM",
            "Made by Pix2Midi; same licence as Pix2Midi",
            "Synthesised by tools/Pix2Midi.SoundFonts: General MIDI bank 0 and drum kits in bank 128.");
    }

    /// <summary>The whole file, as bytes.</summary>
    public static byte[] ToBytes() => SoundFontWriter.ToBytes(Build());

    private static Generator[] Louder(IReadOnlyList<Generator> shape, double decibels) =>
        PresetShapes.With([.. shape], PresetShapes.Quieter(-decibels));
}
