using System.Text;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>Test helpers: mappings from JSON text, engines driven by per-frame values at 25 fps (exact 40 ms frames).</summary>
internal static class Maps
{
    public static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(40);

    public static Core.Mapping.Mapping Parse(string json) => MappingLoader.Parse("test.json", Encoding.UTF8.GetBytes(json));

    public static TimeSpan At(int frame) => Frame * frame;

    /// <summary>Runs frames of values (one per region, used as mean, peak and motion alike) and then releases everything.</summary>
    public static List<NoteEvent> Run(MappingEngine engine, IReadOnlyList<double[]> frames, bool release = true, int first = 0)
    {
        var events = new List<NoteEvent>();
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];
        var measurements = new RegionMeasurement[engine.Mapping.Regions.Length];
        for (var f = 0; f < frames.Count; f++)
        {
            for (var r = 0; r < measurements.Length; r++)
            {
                var v = (float)frames[f][r % frames[f].Length];
                measurements[r] = new RegionMeasurement(v, v, v);
            }

            var n = engine.Process(At(first + f), measurements, buffer);
            Assert.InRange(n, 0, engine.MaxEventsPerFrame);
            events.AddRange(buffer[..n]);
        }

        if (release)
        {
            events.AddRange(buffer[..engine.ReleaseAll(At(first + frames.Count), buffer)]);
        }

        return events;
    }

    public static IEnumerable<NoteEvent> Notes(this IEnumerable<NoteEvent> events) => events.Where(e => e.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff);

    public static IEnumerable<NoteEvent> Ons(this IEnumerable<NoteEvent> events) => events.Where(e => e.Kind == NoteEventKind.NoteOn);

    /// <summary>Checks every note-on has its note-off and no key starts twice; returns (on, off) pairs per key.</summary>
    public static List<(int Channel, int Note, TimeSpan On, TimeSpan Off, int Velocity)> Pairs(IEnumerable<NoteEvent> events)
    {
        var open = new Dictionary<(int, int), (TimeSpan, int)>();
        var pairs = new List<(int, int, TimeSpan, TimeSpan, int)>();
        foreach (var e in events.Notes())
        {
            var key = ((int)e.Channel, (int)e.Data1);
            if (e.Kind == NoteEventKind.NoteOn)
            {
                Assert.True(open.TryAdd(key, (e.Time, e.Data2)), $"{key} started twice");
            }
            else
            {
                Assert.True(open.Remove(key, out var start), $"{key} stopped while silent");
                pairs.Add((key.Item1, key.Item2, start.Item1, e.Time, start.Item2));
            }
        }

        Assert.Empty(open);
        return pairs;
    }
}
