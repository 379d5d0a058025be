namespace Pix2Midi.Video.Files;

/// <summary>Makes text from libraries fit in a one-line message.</summary>
internal static class OneLine
{
    /// <summary><paramref name="text"/> with every run of line breaks and spaces turned into one space.</summary>
    public static string Of(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
