using OpenCvSharp;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Cli.Rendering;

/// <summary>
/// Where a piano roll puts things: time across (left to right), pitch up (one row a semitone),
/// velocity as colour (blue soft, through green and yellow, to red loud).
/// </summary>
internal sealed class PianoRollLayout
{
    public const int Left = 52;
    public const int Right = 12;
    public const int Top = 12;
    public const int Bottom = 30;

    public PianoRollLayout(IReadOnlyList<NoteEvent> events, TimeSpan duration)
    {
        var notes = events.Where(e => e.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff).Select(e => (int)e.Data1).ToList();
        var low = notes.Count == 0 ? 60 : notes.Min();
        var high = notes.Count == 0 ? 72 : notes.Max();

        // At least an octave, with a semitone of room above and below.
        var middle = (low + high) / 2;
        Lowest = Math.Max(0, Math.Min(low - 1, middle - 6));
        Highest = Math.Min(127, Math.Max(high + 1, Lowest + 12));
        Duration = duration > TimeSpan.Zero ? duration : TimeSpan.FromSeconds(1);
        RowHeight = Math.Clamp(480 / (Highest - Lowest + 1), 4, 16);
        PlotWidth = (int)Math.Clamp(Duration.TotalSeconds * 100, 600, 2400);
        Width = Left + PlotWidth + Right;
        Height = Top + (RowHeight * (Highest - Lowest + 1)) + Bottom;
    }

    public int Lowest { get; }

    public int Highest { get; }

    public TimeSpan Duration { get; }

    public int RowHeight { get; }

    public int PlotWidth { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The x of a time.</summary>
    public int X(TimeSpan time) => Left + (int)Math.Round(Math.Clamp(time / Duration, 0, 1) * PlotWidth);

    /// <summary>The top row of pixels of a note's row.</summary>
    public int RowTop(int note) => Top + ((Highest - note) * RowHeight);

    /// <summary>A note's rectangle: at least 2 pixels wide, one pixel of gap below.</summary>
    public Rect NoteRect(int note, TimeSpan on, TimeSpan off)
    {
        var x0 = X(on);
        var x1 = Math.Max(X(off), x0 + 2);
        return new Rect(x0, RowTop(note), x1 - x0, Math.Max(1, RowHeight - 1));
    }

    /// <summary>The colour (BGR) of a velocity: hue from blue (1) to red (127).</summary>
    public static Scalar Colour(int velocity)
    {
        var t = Math.Clamp((velocity - 1) / 126.0, 0, 1);
        var hue = 240 * (1 - t);
        var (r, g, b) = Hsv(hue);
        return new Scalar(b, g, r);
    }

    private static (double R, double G, double B) Hsv(double hue)
    {
        var x = 1 - Math.Abs((hue / 60 % 2) - 1);
        var (r, g, b) = (hue / 60) switch
        {
            < 1 => (1.0, x, 0.0),
            < 2 => (x, 1.0, 0.0),
            < 3 => (0.0, 1.0, x),
            < 4 => (0.0, x, 1.0),
            < 5 => (x, 0.0, 1.0),
            _ => (1.0, 0.0, x),
        };
        return (Math.Round(r * 255), Math.Round(g * 255), Math.Round(b * 255));
    }
}
