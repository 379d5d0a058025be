using System.Globalization;
using System.Text;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Text from a mapping file as messages show it: on one line, with control characters,
/// line breaks, bidirectional overrides and lone surrogates written as escapes, and cut short,
/// so a file cannot break a message over lines or send escape sequences to the terminal.
/// </summary>
internal static class MappingText
{
    /// <summary>The longest text a message quotes, in characters.</summary>
    public const int QuoteLength = 40;

    /// <summary><paramref name="text"/> in double quotes, escaped and cut to <paramref name="max"/> characters.</summary>
    public static string Quote(string text, int max = QuoteLength) => "\"" + Escape(text, max) + "\"";

    /// <summary><paramref name="text"/> escaped and cut to <paramref name="max"/> characters (with "…").</summary>
    public static string Escape(string text, int max = int.MaxValue)
    {
        var cut = text.Length > max;
        var shown = cut ? text.AsSpan(0, Math.Max(0, max - 1)) : text.AsSpan();
        if (cut && shown.Length > 0 && char.IsHighSurrogate(shown[^1]))
        {
            shown = shown[..^1];
        }

        StringBuilder? builder = null;
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= shown.Length || !char.IsLowSurrogate(shown[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(shown[i - 1]));
            if (!lone && !IsUnsafe(c))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(shown.Length + 16).Append(shown[..i]);
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }

        var result = builder?.ToString() ?? shown.ToString();
        return cut ? result + "…" : result;
    }

    /// <summary>Whether <paramref name="text"/> holds a character a one-line name must not: a control character, line break or bidirectional control.</summary>
    public static bool HasControl(string text, bool allowLineBreaks = false)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first character <see cref="HasControl"/> objects to, as <c>U+001B</c>.</summary>
    public static string FirstControl(string text, bool allowLineBreaks = false)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
            }
        }

        return string.Empty;
    }

    /// <summary>C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional embedding, override and isolate controls.</summary>
    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
