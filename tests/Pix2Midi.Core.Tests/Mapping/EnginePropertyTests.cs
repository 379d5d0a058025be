using System.Globalization;
using FsCheck.Xunit;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// Properties of the engine over generated mappings and generated value streams. FsCheck draws a
/// seed (which shapes the mapping: thresholds, lengths, limits, scale) and a byte stream (the
/// regions' values frame after frame) and shrinks both when a property fails.
/// </summary>
public class EnginePropertyTests
{
    private const int Regions = 4;

    /// <summary>A mapping drawn from <paramref name="seed"/>: four regions, each its own channel, with every feature in play.</summary>
    private static Core.Mapping.Mapping Draw(int seed, bool pitchFromValue = false, bool limits = true)
    {
        var random = new Random(seed);
        var inv = CultureInfo.InvariantCulture;
        var regions = new List<string>();
        for (var r = 0; r < Regions; r++)
        {
            var on = 0.2 + (random.NextDouble() * 0.7);
            var off = on * random.NextDouble();
            var pitch = pitchFromValue || random.Next(3) == 0
                ? $"\"pitch\": \"value\", \"scale\": \"{Scale.PitchClassName(random.Next(12))} {Scale.Names[random.Next(Scale.Names.Count)]}\", \"lowest\": {random.Next(0, 64)}, \"highest\": {random.Next(64, 128)}"
                : $"\"note\": {40 + (r * 7)}";
            var cc = random.Next(3) == 0 ? $", \"cc\": {{ \"controller\": {r}, \"smoothing\": {random.Next(0, 300)} }}" : string.Empty;
            regions.Add(string.Create(inv, $$"""
                { "x": {{r * 0.25}}, "y": 0, "width": 0.25, "height": 1, "channel": {{r + 1}}, "on": {{on:0.###}}, "off": {{off:0.###}},
                  "minLength": {{random.Next(0, 300)}}, "cooldown": {{random.Next(0, 300)}},
                  "velocity": { "min": {{random.Next(1, 64)}}, "max": {{random.Next(64, 128)}}, "curve": "{{new[] { "linear", "exponential", "logarithmic", "gamma" }[random.Next(4)]}}" },
                  {{pitch}}{{cc}} }
                """));
        }

        var limitsJson = limits
            ? string.Create(inv, $"\"limits\": {{ \"polyphony\": {random.Next(1, 4)}, \"notesPerSecond\": {random.Next(1, 20)}, \"thinning\": {random.NextDouble() * 0.5:0.###}, \"seed\": {random.Next()} }},")
            : string.Empty;
        return Maps.Parse($"{{ {limitsJson} \"regions\": [ {string.Join(",", regions)} ] }}");
    }

    private static double[][] Frames(byte[] stream)
    {
        if (stream.Length == 0)
        {
            return [];
        }

        var frames = Math.Max(1, stream.Length / Regions);
        return [.. Enumerable.Range(0, frames * 3).Select(f => Enumerable.Range(0, Regions).Select(r => stream[((f * Regions) + r) % stream.Length] / 255.0).ToArray())];
    }

    [Property(MaxTest = 200)]
    public void Every_note_on_gets_its_note_off_and_velocities_stay_1_to_127(int seed, byte[] stream)
    {
        var events = Maps.Run(new MappingEngine(Draw(seed)), Frames(stream));

        var pairs = Maps.Pairs(events);

        Assert.All(pairs, p => Assert.InRange(p.Velocity, 1, 127));
        Assert.All(events, e => Assert.InRange(e.Data2, e.Kind == NoteEventKind.NoteOn ? 1 : 0, 127));
    }

    [Property(MaxTest = 200)]
    public void Scale_mappings_play_only_notes_of_their_scale_within_their_range(int seed, byte[] stream)
    {
        var mapping = Draw(seed, pitchFromValue: true, limits: false);

        var events = Maps.Run(new MappingEngine(mapping), Frames(stream));

        foreach (var on in events.Ons())
        {
            var pitch = mapping.Regions[on.Channel].Pitch!;
            Assert.True(pitch.Scale.Contains(on.Data1), $"{NoteName.Format(on.Data1)} is not in {pitch.Scale}");
            Assert.InRange(on.Data1, pitch.Lowest, pitch.Highest);
        }
    }

    [Property(MaxTest = 200)]
    public void A_value_wobbling_between_the_thresholds_never_retriggers(byte[] wobble, byte onByte)
    {
        var on = 0.3 + (onByte / 255.0 * 0.6);
        var off = on / 2;
        var engine = new MappingEngine(Maps.Parse(string.Create(CultureInfo.InvariantCulture, $$"""
            { "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "on": {{on}}, "off": {{off}} } ] }
            """)));
        var frames = new List<double[]> { new[] { 1.0 } };
        frames.AddRange(wobble.Select(b => new[] { off + (b / 256.0 * (on - off)) }));

        var events = Maps.Run(engine, frames);

        Assert.Single(events.Ons());
    }

    [Property(MaxTest = 200)]
    public void Minimum_length_and_cooldown_hold_for_every_region(int seed, byte[] stream)
    {
        var mapping = Draw(seed, limits: false);
        var frames = Frames(stream);

        var pairs = Maps.Pairs(Maps.Run(new MappingEngine(mapping), frames));

        var end = Maps.At(frames.Length);
        foreach (var group in pairs.GroupBy(p => p.Channel))
        {
            var region = mapping.Regions[group.Key];
            var notes = group.OrderBy(p => p.On).ToList();
            Assert.All(notes.Where(p => p.Off != end), p => Assert.True(p.Off - p.On >= region.MinLength, $"{region.Name}: {p.Off - p.On} < {region.MinLength}"));
            for (var i = 1; i < notes.Count; i++)
            {
                Assert.True(notes[i].On - notes[i - 1].Off >= region.Cooldown, $"{region.Name}: restarted {notes[i].On - notes[i - 1].Off} after stopping; cooldown {region.Cooldown}");
            }
        }
    }

    [Property(MaxTest = 200)]
    public void Polyphony_and_notes_per_second_limits_hold(int seed, byte[] stream)
    {
        var mapping = Draw(seed);
        var limits = mapping.Limits;

        var events = Maps.Run(new MappingEngine(mapping), Frames(stream));

        var sounding = 0;
        foreach (var e in events.Notes())
        {
            sounding += e.Kind == NoteEventKind.NoteOn ? 1 : -1;
            Assert.InRange(sounding, 0, limits.Polyphony!.Value);
        }

        var ons = events.Ons().Select(e => e.Time).ToList();
        var n = limits.NotesPerSecond!.Value;
        for (var i = n; i < ons.Count; i++)
        {
            Assert.True(ons[i] - ons[i - n] >= TimeSpan.FromSeconds(1), $"{n + 1} notes within {ons[i] - ons[i - n]}");
        }
    }

    [Property(MaxTest = 100)]
    public void The_same_input_and_seed_give_the_same_events_even_across_a_reload_of_the_same_mapping(int seed, byte[] stream, byte cut)
    {
        var mapping = Draw(seed);
        var frames = Frames(stream);

        var once = Maps.Run(new MappingEngine(mapping), frames);
        var again = Maps.Run(new MappingEngine(Draw(seed)), frames);

        // A reload with an identical mapping partway through changes nothing.
        var split = Math.Min(cut, frames.Length);
        var engine = new MappingEngine(mapping);
        var events = Maps.Run(engine, frames[..split], release: false);
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];
        Assert.Equal(0, engine.Replace(Draw(seed), Maps.At(split), buffer));
        events.AddRange(Maps.Run(engine, frames[split..], first: split));

        Assert.Equal(once, again);
        Assert.Equal(once, events);
    }
}
