namespace Pix2Midi.Cli.Preview;

/// <summary>Reads OpenCV's key codes.</summary>
internal static class PreviewKeys
{
    /// <summary>The key <c>Cv2.WaitKey</c> returned (−1 for none; modifiers may be in the high bits on GTK).</summary>
    public static PreviewKey Interpret(int code) => code < 0
        ? PreviewKey.None
        : (code & 0xFF) switch
        {
            'q' or 'Q' or 27 => PreviewKey.Quit,
            ' ' => PreviewKey.Pause,
            'r' or 'R' => PreviewKey.Reload,
            _ => PreviewKey.None,
        };
}
