using System.Globalization;

namespace Pix2Midi.Cli.Terminal;

/// <summary>
/// A status line being written into a reused buffer, without allocating: text, whole numbers,
/// clock times. What does not fit is cut off.
/// </summary>
internal ref struct StatusText(Span<char> buffer)
{
    /// <summary>A buffer this long holds any status line.</summary>
    public const int Capacity = 192;

    private readonly Span<char> _buffer = buffer;

    /// <summary>Characters written so far.</summary>
    public int Length { get; private set; }

    public void Append(ReadOnlySpan<char> text)
    {
        var room = _buffer[Length..];
        var count = Math.Min(text.Length, room.Length);
        text[..count].CopyTo(room);
        Length += count;
    }

    public void Append(long value)
    {
        if (value.TryFormat(_buffer[Length..], out var written, provider: CultureInfo.InvariantCulture))
        {
            Length += written;
        }
    }

    /// <summary>A number with a format such as <c>0.0</c>.</summary>
    public void Append(double value, ReadOnlySpan<char> format)
    {
        if (value.TryFormat(_buffer[Length..], out var written, format, CultureInfo.InvariantCulture))
        {
            Length += written;
        }
    }

    /// <summary><c>m:ss.t</c> (with <paramref name="tenths"/>) or <c>m:ss</c>.</summary>
    public void AppendClock(TimeSpan time, bool tenths = true)
    {
        Append((long)time.TotalMinutes);
        Append(":");
        if (time.Seconds < 10)
        {
            Append("0");
        }

        Append(time.Seconds);
        if (tenths)
        {
            Append(".");
            Append(time.Milliseconds / 100);
        }
    }
}
