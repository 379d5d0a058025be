namespace Pix2Midi.Core.Analysis;

/// <summary>
/// The colour a region looks at: a hue round the wheel (red, green, "#ff8800"…), or white
/// (bright, unsaturated pixels). A pixel matches a hue when it is coloured enough (its HSV chroma,
/// max − min of R, G, B, is at least <see cref="ChromaFloor"/>) and its hue lies within
/// <see cref="Tolerance"/> of the key's, round the wheel; it matches white when it is not coloured
/// enough and its value (max of R, G, B) is at least <see cref="MinValue"/>. So no pixel matches
/// both a hue and white.
/// </summary>
/// <param name="Name">How the mapping named it: <c>red</c>, <c>#ff8800</c>.</param>
/// <param name="Hue">0–1 round the wheel from red (orange 1/12, green 1/3, blue 2/3); 0 for white.</param>
/// <param name="IsWhite">Whether the key is white (or a grey: unsaturated pixels at least as bright as it).</param>
/// <param name="Tolerance">
/// For a hue, how far round the wheel a pixel's hue may be, 0–0.5 (0.5 is every hue); for white,
/// how much darker than the key's value a pixel may be.
/// </param>
public sealed record ColourKey(string Name, double Hue, bool IsWhite, double Tolerance)
{
    /// <summary>The least HSV chroma (0–1) of a pixel that counts as coloured.</summary>
    public const double ChromaFloor = 0.2;

    /// <summary>The tolerance when the mapping gives none.</summary>
    public const double DefaultTolerance = 0.08;

    /// <summary>The value (0–1) of white itself, before its tolerance: a bright, unsaturated pixel.</summary>
    public const double WhiteValue = 0.8;

    /// <summary>
    /// Slack for the floating-point rounding of a grey key's value (kept as a tolerance below
    /// white's), so a grey matches its own pixels exactly; far below one step of an 8-bit channel.
    /// </summary>
    private const double Rounding = 1e-9;

    /// <summary>The names a mapping may use, and their hues.</summary>
    public static IReadOnlyList<(string Name, double Hue)> Names { get; } =
    [
        ("red", 0),
        ("orange", 30 / 360.0),
        ("yellow", 60 / 360.0),
        ("green", 120 / 360.0),
        ("cyan", 180 / 360.0),
        ("blue", 240 / 360.0),
        ("purple", 270 / 360.0),
        ("magenta", 300 / 360.0),
        ("pink", 330 / 360.0),
    ];

    /// <summary>The value a white (or grey) key's pixels must reach.</summary>
    public double MinValue => IsWhite ? Math.Max(0, WhiteValue - Tolerance) : 0;

    /// <summary>Whether a pixel of this colour (each channel 0–1) matches the key.</summary>
    public bool Matches(double red, double green, double blue)
    {
        var (hue, chroma, value) = Hsv(red, green, blue);
        return IsWhite
            ? chroma < ChromaFloor && value >= MinValue - Rounding
            : chroma >= ChromaFloor && Distance(hue, Hue) <= Tolerance;
    }

    /// <summary>
    /// Reads a colour as a mapping writes it: a name (see <see cref="Names"/>, and <c>white</c>) or
    /// <c>#rrggbb</c>. A hex colour that is not coloured enough to have a hue is a grey: it keys on
    /// unsaturated pixels at least as bright as it.
    /// </summary>
    /// <returns>Null when <paramref name="text"/> is not a colour.</returns>
    public static ColourKey? Parse(string text, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = text.Trim().ToLowerInvariant();
        if (name is "white")
        {
            return new ColourKey(name, 0, IsWhite: true, tolerance);
        }

        foreach (var (known, hue) in Names)
        {
            if (known == name)
            {
                return new ColourKey(name, hue, IsWhite: false, tolerance);
            }
        }

        if (name.Length != 7 || name[0] != '#' || !int.TryParse(name.AsSpan(1), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        var (h, c, v) = Hsv(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
        return c >= ChromaFloor
            ? new ColourKey(name, h, IsWhite: false, tolerance)
            : new ColourKey(name, 0, IsWhite: true, tolerance + (WhiteValue - v));
    }

    /// <summary>Hue (0–1 from red), HSV chroma (max − min) and value (max) of a colour whose channels are 0–1.</summary>
    public static (double Hue, double Chroma, double Value) Hsv(double red, double green, double blue)
    {
        var max = Math.Max(red, Math.Max(green, blue));
        var min = Math.Min(red, Math.Min(green, blue));
        var chroma = max - min;
        if (chroma <= 0)
        {
            return (0, 0, max);
        }

        double sector;
        if (max == red)
        {
            sector = (green - blue) / chroma;
        }
        else if (max == green)
        {
            sector = ((blue - red) / chroma) + 2;
        }
        else
        {
            sector = ((red - green) / chroma) + 4;
        }

        var hue = sector / 6;
        return (hue < 0 ? hue + 1 : hue >= 1 ? hue - 1 : hue, chroma, max);
    }

    /// <summary>How far apart two hues are round the wheel, 0–0.5.</summary>
    public static double Distance(double a, double b)
    {
        var d = Math.Abs(a - b) % 1;
        return d > 0.5 ? 1 - d : d;
    }
}
