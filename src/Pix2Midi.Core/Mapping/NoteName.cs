using System.Globalization;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Note names such as <c>C4</c>, <c>D#3</c>, <c>Eb5</c>, <c>F♯2</c> and MIDI note numbers.
/// </summary>
/// <remarks>
/// Octaves follow the convention where middle C is C4 = 60 (so C-1 = 0 and G9 = 127), the one
/// most DAWs other than Ableton Live use; Live shows middle C as C3.
/// </remarks>
public static class NoteName
{
    private static readonly string[] SharpNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    private static readonly int[] LetterSemitones = [9, 11, 0, 2, 4, 5, 7]; // A B C D E F G

    /// <summary>Reads a note name; <see langword="false"/> when it is not one or lies outside 0–127.</summary>
    public static bool TryParse(string? text, out int note)
    {
        note = -1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var letter = char.ToUpperInvariant(s[0]);
        if (letter is < 'A' or > 'G')
        {
            return false;
        }

        var semitone = LetterSemitones[letter - 'A'];
        var i = 1;
        while (i < s.Length && s[i] is '#' or 'b' or '♯' or '♭' or 's')
        {
            // 's' allows "Cs4"; a lone 'b' after the letter is a flat.
            semitone += s[i] is '#' or '♯' or 's' ? 1 : -1;
            i++;
        }

        // Octaves run from -1 to 9, one more either side for spellings such as B#-2 (= C-1); a
        // larger number is out of range, and must not overflow the arithmetic below into one.
        if (!int.TryParse(s.AsSpan(i), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var octave) || octave is < -2 or > 10)
        {
            return false;
        }

        var value = ((octave + 1) * 12) + semitone;
        if (value is < 0 or > 127)
        {
            return false;
        }

        note = value;
        return true;
    }

    /// <summary>The name of a MIDI note number, with sharps: 60 → <c>C4</c>, 61 → <c>C#4</c>.</summary>
    public static string Format(int note)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(note);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(note, 127);
        return SharpNames[note % 12] + ((note / 12) - 1).ToString(CultureInfo.InvariantCulture);
    }
}
