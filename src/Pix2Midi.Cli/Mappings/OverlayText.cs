namespace Pix2Midi.Cli.Mappings;

/// <summary>
/// Text for OpenCV's Hershey fonts, which draw ASCII only: the few other characters region labels
/// use (the dash of a pitch range, C3–C6) become their ASCII look-alikes, not question marks.
/// </summary>
internal static class OverlayText
{
    /// <summary><paramref name="text"/> with the characters the fonts lack replaced.</summary>
    public static string Drawable(string text) =>
        text.Replace('–', '-').Replace('—', '-').Replace('×', 'x').Replace('−', '-');
}
