namespace Pix2Midi.Cli.Preview;

/// <summary>Whether a window can be shown at all.</summary>
internal static class PreviewDisplay
{
    /// <summary>
    /// Why there is no display to open a window on (Linux and BSD with neither <c>DISPLAY</c> nor
    /// <c>WAYLAND_DISPLAY</c> set: a server, SSH, CI), or null when there may be one.
    /// </summary>
    public static string? Missing(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return null;
        }

        return string.IsNullOrEmpty(environment("DISPLAY")) && string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"))
            ? "no display ($DISPLAY is not set)"
            : null;
    }
}
