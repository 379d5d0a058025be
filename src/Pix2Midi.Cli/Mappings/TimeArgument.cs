using System.Globalization;

namespace Pix2Midi.Cli.Mappings;

/// <summary>Reads a time on the command line: <c>2.5</c>, <c>2.5s</c>, <c>1500ms</c>, <c>1:02.5</c>, <c>0:01:02</c>.</summary>
internal static class TimeArgument
{
    public static bool TryParse(string? text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToLowerInvariant();
        double scale = 1;
        if (s.EndsWith("ms", StringComparison.Ordinal))
        {
            (s, scale) = (s[..^2], 0.001);
        }
        else if (s.EndsWith('s'))
        {
            s = s[..^1];
        }

        double seconds = 0;
        foreach (var part in s.Split(':'))
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return false;
            }

            seconds = (seconds * 60) + value;
        }

        if (s.Contains(':', StringComparison.Ordinal) && scale != 1)
        {
            return false;
        }

        seconds *= scale;
        if (!double.IsFinite(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        time = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
