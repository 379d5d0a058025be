using FsCheck.Xunit;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Tests.Music;

/// <summary>
/// Properties of the scheduling stage over drawn tempi, grids, swing, frame rates and key streams:
/// FsCheck draws them and shrinks a failing case.
/// </summary>
public class NoteSchedulerPropertyTests
{
    private static (MusicalTime Time, TimeSpan Frame) Draw(int seed)
    {
        var random = new Random(seed);
        var grid = GridDivision.All[random.Next(GridDivision.All.Length)];
        var swing = grid.IsTriplet ? 0 : Math.Round(random.NextDouble() * MusicalTime.MaxSwing, 2);
        var bpm = Math.Round(MusicalTime.MinBeatsPerMinute + (random.NextDouble() * (MusicalTime.MaxBeatsPerMinute - MusicalTime.MinBeatsPerMinute)), 1);
        var fps = new[] { 24.0, 25, 30000.0 / 1001, 30, 50, 60, 12.5 }[random.Next(7)];
        return (new MusicalTime(bpm, grid, swing), TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / fps)));
    }

    /// <summary>Feeds key toggles from <paramref name="stream"/> (each byte: a key of four, on or off), one frame per byte; note-on velocities carry the frame index.</summary>
    private static (List<NoteEvent> Released, List<TimeSpan> FrameTimes) Feed(MusicalTime time, TimeSpan frame, byte[] stream)
    {
        var scheduler = new NoteScheduler(time);
        var open = new bool[4];
        var released = new List<NoteEvent>();
        var frames = new List<TimeSpan>();
        for (var f = 0; f < stream.Length; f++)
        {
            var t = frame * f;
            frames.Add(t);
            var key = stream[f] & 3;
            var e = open[key] ? NoteEvent.NoteOff(t, 0, 60 + key) : NoteEvent.NoteOn(t, 0, 60 + key, 1 + (f % 127));
            open[key] = !open[key];
            scheduler.Add([e], t);
            released.AddRange(scheduler.Release(scheduler.Horizon(t)).ToArray());
        }

        var end = frame * stream.Length;
        for (var key = 0; key < 4; key++)
        {
            if (open[key])
            {
                scheduler.Add([NoteEvent.NoteOff(end, 0, 60 + key)], end);
            }
        }

        released.AddRange(scheduler.ReleaseEverything().ToArray());
        return (released, frames);
    }

    [Property(MaxTest = 300)]
    public bool A_quantised_note_on_is_never_before_its_frame_and_less_than_a_step_after(int seed, byte[] stream)
    {
        var (time, frame) = Draw(seed);
        var (released, frames) = Feed(time, frame, stream);
        var grid = time.Quantize!;
        var longestStep = time.TimeOfTick(grid.Ticks + (long)Math.Round(time.Swing * grid.Ticks));
        return released.Where(e => e.Kind == NoteEventKind.NoteOn).All(on =>
        {
            // The velocity names the frame (modulo 127): take the latest such frame at or before the note.
            var f = frames.Select((t, i) => (t, i)).Last(x => (x.i % 127) + 1 == on.Data2 && x.t <= on.Time).t;
            return on.Time >= f && on.Time - f < longestStep && Quantised.OnLine(time, on.Time);
        });
    }

    [Property(MaxTest = 300)]
    public bool Released_events_are_in_time_order_and_every_note_lasts_at_least_a_step(int seed, byte[] stream)
    {
        var (time, frame) = Draw(seed);
        var (released, _) = Feed(time, frame, stream);
        var grid = time.Quantize!;
        for (var i = 1; i < released.Count; i++)
        {
            if (released[i].Time < released[i - 1].Time)
            {
                return false;
            }
        }

        var started = new Dictionary<int, TimeSpan>();
        foreach (var e in released)
        {
            if (e.Kind == NoteEventKind.NoteOn)
            {
                if (started.ContainsKey(e.Data1))
                {
                    return false; // a key started twice without an end between
                }

                started[e.Data1] = e.Time;
            }
            else if (e.Kind == NoteEventKind.NoteOff)
            {
                if (!started.Remove(e.Data1, out var on))
                {
                    return false;
                }

                var line = time.LineAtOrAfter(grid, on);
                if (e.Time < time.LineTime(grid, line + 1))
                {
                    return false;
                }
            }
        }

        return started.Count == 0;
    }
}
