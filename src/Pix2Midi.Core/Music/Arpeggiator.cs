using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Music;

/// <summary>
/// Plays the arpeggio regions of a mapping: while the engine holds one lit, its chord (stacked
/// over its octaves) one note per line of its rate's grid, into the <see cref="NoteScheduler"/>.
/// </summary>
/// <remarks>
/// A region starts on the first line of its rate at or after the frame that lit it and plays
/// steps only up to the scheduler's release horizon, so it stops as soon as a frame finds it dark.
/// Random patterns draw from a hash of the region's name and the step. Allocates nothing per frame.
/// </remarks>
public sealed class Arpeggiator
{
    private readonly MusicalTime _time;
    private readonly int[] _regions;
    private readonly ulong[] _seeds;
    private readonly long[] _nextLine;
    private readonly long[] _step;
    private readonly long[] _litSince;
    private readonly int[][] _notes;
    private readonly int[] _noteCount;
    private readonly MappedRegion[] _mapped;

    /// <summary>Finds the arpeggio regions of <paramref name="mapping"/>.</summary>
    public Arpeggiator(Mapping.Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _time = mapping.Time;
        _regions = [.. Enumerable.Range(0, mapping.Regions.Length).Where(i => mapping.Regions[i].Arpeggio is not null && mapping.Regions[i].PlaysNotes)];
        _seeds = [.. _regions.Select(i => MappingEngine.StableHash(mapping.Regions[i].Name))];
        _nextLine = new long[_regions.Length];
        _step = new long[_regions.Length];
        _litSince = new long[_regions.Length];
        _notes = [.. _regions.Select(_ => new int[ChordShape.MaxNotes * Arpeggio.MaxOctaves])];
        _noteCount = new int[_regions.Length];
        Array.Fill(_nextLine, -1);
        _mapped = [.. _regions.Select(i => mapping.Regions[i])];
    }

    /// <summary>Whether the mapping has any arpeggio.</summary>
    public bool Any => _regions.Length > 0;

    /// <summary>Adds the steps of every lit arpeggio due before <paramref name="horizon"/>.</summary>
    /// <param name="engine">The engine that analysed the frame.</param>
    /// <param name="frameTime">The frame's time: a region lit by it starts at the first line at or after it.</param>
    /// <param name="horizon">The scheduler's release horizon for this frame.</param>
    /// <param name="scheduler">Where the steps go.</param>
    public void Play(MappingEngine engine, TimeSpan frameTime, TimeSpan horizon, NoteScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scheduler);
        for (var a = 0; a < _regions.Length; a++)
        {
            var index = _regions[a];
            if (!engine.IsLit(index))
            {
                _nextLine[a] = -1;
                continue;
            }

            var region = _mapped[a];
            var arpeggio = region.Arpeggio!;
            var channel = region.Channel - 1;
            if (_nextLine[a] < 0 || _litSince[a] != engine.LitSince(index))
            {
                _litSince[a] = engine.LitSince(index);
                _nextLine[a] = _time.LineAtOrAfter(arpeggio.Rate, frameTime);
                _step[a] = 0;
                _noteCount[a] = Stack(region, engine.LitNote(index), arpeggio.Octaves, _notes[a]);
            }

            if (_noteCount[a] == 0)
            {
                continue;
            }

            var velocity = engine.LitVelocity(index);
            while (true)
            {
                var start = _time.LineTime(arpeggio.Rate, _nextLine[a]);
                if (start >= horizon)
                {
                    break;
                }

                var next = _time.LineTime(arpeggio.Rate, _nextLine[a] + 1);
                var end = start + TimeSpan.FromTicks(Math.Max(1, (long)Math.Round((next - start).Ticks * arpeggio.Gate)));
                var note = _notes[a][arpeggio.IndexAt(_step[a], _noteCount[a], _seeds[a])];
                scheduler.AddStep(NoteEvent.NoteOn(start, channel, note, velocity), NoteEvent.NoteOff(end, channel, note));
                _nextLine[a]++;
                _step[a]++;
            }
        }
    }

    /// <summary>Forgets every running arpeggio (a stop, the end of a pass).</summary>
    public void Reset() => Array.Fill(_nextLine, -1);

    /// <summary>The chord on <paramref name="root"/> stacked over <paramref name="octaves"/>, ascending, up to 127.</summary>
    private static int Stack(MappedRegion region, int root, int octaves, int[] notes)
    {
        Span<int> chord = stackalloc int[ChordShape.MaxNotes];
        var count = region.Chord?.NotesOn(root, region.Scale, chord) ?? 0;
        if (region.Chord is null)
        {
            chord[0] = root;
            count = 1;
        }

        var n = 0;
        for (var octave = 0; octave < octaves; octave++)
        {
            for (var i = 0; i < count; i++)
            {
                var note = chord[i] + (12 * octave);
                if (note <= 127)
                {
                    notes[n++] = note;
                }
            }
        }

        return n;
    }
}
