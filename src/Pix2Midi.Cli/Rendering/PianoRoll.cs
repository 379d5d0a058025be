using System.Globalization;
using OpenCvSharp;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Cli.Rendering;

/// <summary>Draws what a render played as a piano roll PNG (see <see cref="PianoRollLayout"/>).</summary>
internal static class PianoRoll
{
    private static readonly Scalar Background = new(28, 28, 28);
    private static readonly Scalar BlackKeyRow = new(20, 20, 20);
    private static readonly Scalar Grid = new(60, 60, 60);
    private static readonly Scalar Text = new(200, 200, 200);

    /// <summary>A beat's line when the mapping quantises: just above the background.</summary>
    public static readonly Scalar BeatLine = new(46, 46, 46);

    /// <summary>A bar's line (every fourth beat, 4/4): blue-grey, above the seconds' lines.</summary>
    public static readonly Scalar BarLine = new(110, 84, 62);

    /// <summary>The fewest pixels between two beat (or bar) lines for them to be drawn.</summary>
    private const int MinLineSpacing = 4;

    /// <summary>The PNG bytes of the roll of <paramref name="events"/>.</summary>
    /// <param name="events">What the render played.</param>
    /// <param name="duration">How long the piece lasts.</param>
    /// <param name="time">The mapping's tempo and grid: when it quantises, beat and bar lines (4/4) are drawn at its tempo.</param>
    public static byte[] Draw(IReadOnlyList<NoteEvent> events, TimeSpan duration, MusicalTime? time = null)
    {
        var layout = new PianoRollLayout(events, duration);
        using var image = new Mat(layout.Height, layout.Width, MatType.CV_8UC3, Background);
        var plotRight = PianoRollLayout.Left + layout.PlotWidth;
        for (var note = layout.Lowest; note <= layout.Highest; note++)
        {
            var top = layout.RowTop(note);
            if (NoteName.Format(note).Contains('#', StringComparison.Ordinal))
            {
                Cv2.Rectangle(image, new Rect(PianoRollLayout.Left, top, layout.PlotWidth, layout.RowHeight), BlackKeyRow, -1);
            }

            if (note % 12 == 0)
            {
                var bottom = top + layout.RowHeight - 1;
                Cv2.Line(image, new Point(PianoRollLayout.Left, bottom), new Point(plotRight, bottom), Grid, 1);
                Cv2.PutText(image, NoteName.Format(note), new Point(6, bottom), HersheyFonts.HersheySimplex, 0.4, Text, 1, LineTypes.AntiAlias);
            }
        }

        var step = layout.Duration.TotalSeconds switch { <= 20 => 1, <= 120 => 5, <= 600 => 30, _ => 60 };
        for (var second = 0; second <= layout.Duration.TotalSeconds; second += step)
        {
            var x = layout.X(TimeSpan.FromSeconds(second));
            var plotBottom = layout.Height - PianoRollLayout.Bottom;
            Cv2.Line(image, new Point(x, PianoRollLayout.Top), new Point(x, plotBottom), Grid, 1);
            Cv2.PutText(image, second.ToString(CultureInfo.InvariantCulture) + "s", new Point(x - 6, plotBottom + 18), HersheyFonts.HersheySimplex, 0.4, Text, 1, LineTypes.AntiAlias);
        }

        if (time is { Quantizes: true })
        {
            DrawBeats(image, layout, time);
        }

        foreach (var (note, on, off, velocity) in Notes(events, duration))
        {
            Cv2.Rectangle(image, layout.NoteRect(note, on, off), PianoRollLayout.Colour(velocity), -1);
        }

        Cv2.ImEncode(".png", image, out var png);
        return png;
    }

    /// <summary>
    /// A line a beat (quarter note) and a stronger one a bar of four from the start of the video,
    /// as <see cref="MusicalTime.TimeOfTick"/> places them; beats are left out when closer than
    /// <see cref="MinLineSpacing"/> pixels, and bars too.
    /// </summary>
    private static void DrawBeats(Mat image, PianoRollLayout layout, MusicalTime time)
    {
        var plotBottom = layout.Height - PianoRollLayout.Bottom;
        var beat = time.TimeOfTick(MusicalTime.TicksPerQuarter);
        var beatPixels = layout.PlotWidth * (beat / layout.Duration);
        if (beatPixels * 4 < MinLineSpacing)
        {
            return;
        }

        for (long k = 0; ; k++)
        {
            var at = time.TimeOfTick(k * MusicalTime.TicksPerQuarter);
            if (at > layout.Duration)
            {
                break;
            }

            var bar = k % 4 == 0;
            if (bar || beatPixels >= MinLineSpacing)
            {
                var x = layout.X(at);
                Cv2.Line(image, new Point(x, PianoRollLayout.Top), new Point(x, plotBottom), bar ? BarLine : BeatLine, 1);
            }
        }
    }

    /// <summary>Note-on/note-off pairs; a note never stopped ends at <paramref name="end"/>.</summary>
    public static List<(int Note, TimeSpan On, TimeSpan Off, int Velocity)> Notes(IReadOnlyList<NoteEvent> events, TimeSpan end)
    {
        var open = new Dictionary<(int Channel, int Note), (TimeSpan On, int Velocity)>();
        var notes = new List<(int, TimeSpan, TimeSpan, int)>();
        foreach (var e in events)
        {
            var key = ((int)e.Channel, (int)e.Data1);
            if (e.Kind == NoteEventKind.NoteOn)
            {
                open[key] = (e.Time, e.Data2);
            }
            else if (e.Kind == NoteEventKind.NoteOff && open.Remove(key, out var start))
            {
                notes.Add((key.Item2, start.On, e.Time, start.Velocity));
            }
        }

        notes.AddRange(open.Select(o => (o.Key.Note, o.Value.On, end, o.Value.Velocity)));
        return notes;
    }
}
