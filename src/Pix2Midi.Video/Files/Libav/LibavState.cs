namespace Pix2Midi.Video.Files.Libav;

/// <summary>What loading FFmpeg's libraries came to.</summary>
/// <param name="Layout">The layout of the loaded set, or null when none could be used.</param>
/// <param name="Release">FFmpeg's release as the libraries say it (<c>5.1.9-0+deb12u1</c>), or empty.</param>
/// <param name="FormatVersion">libavformat's version (<c>59.27</c>), or empty.</param>
/// <param name="UnknownFormatMajor">When no known set was found: the major of a libavformat that is installed but unknown to Pix2Midi.</param>
internal sealed record LibavState(LibavLayout? Layout, string Release, string FormatVersion, int? UnknownFormatMajor)
{
    /// <summary>Nothing usable was found (or it was turned off).</summary>
    public static LibavState Missing { get; } = new(null, string.Empty, string.Empty, null);

    /// <summary>Whether the libraries are loaded and usable.</summary>
    public bool Available => Layout is not null;
}
