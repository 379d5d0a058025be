using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Turns each frame's region measurements into note events: a note starts when a region's value
/// rises to its on threshold and stops when it falls below the lower off threshold.
/// </summary>
/// <remarks>
/// <para>
/// A pure function of (measurements, time, state): it knows no clock and no sink, so an offline
/// render and a real-time run produce the same events. Every note-on it emits gets its note-off,
/// from a later frame or from <see cref="ReleaseAll"/>.
/// </para>
/// <para>
/// Two regions may play the same note on the same channel: the key sounds while either is lit,
/// with one note-on and one note-off. Within a frame note-offs come before note-ons, so a note
/// handed from one region to another retriggers.
/// </para>
/// <para>Allocates nothing per frame. Not thread-safe.</para>
/// </remarks>
public sealed class MappingEngine
{
    private readonly MappedRegion[] _regions;
    private readonly bool[] _lit;
    private readonly ushort[] _holders = new ushort[16 * 128];

    /// <summary>Prepares to play <paramref name="mapping"/>.</summary>
    public MappingEngine(Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        Mapping = mapping;
        _regions = [.. mapping.Regions];
        _lit = new bool[_regions.Length];
    }

    /// <summary>The mapping being played.</summary>
    public Mapping Mapping { get; }

    /// <summary>The most events one call can emit: room to give <see cref="Process"/> and <see cref="ReleaseAll"/>.</summary>
    public int MaxEventsPerFrame => Math.Max(1, _regions.Length * 2);

    /// <summary>How many keys are sounding now.</summary>
    public int SoundingNotes { get; private set; }

    /// <summary>Whether region <paramref name="index"/> is holding its note.</summary>
    public bool IsLit(int index) => _lit[index];

    /// <summary>The value a region's notes follow, from its measurement.</summary>
    public static double ValueOf(MappedRegion region, RegionMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.Measure == RegionMeasure.Peak ? measurement.Peak : measurement.Mean;
    }

    /// <summary>The velocity for a value at or above the region's on threshold.</summary>
    public static int VelocityFor(MappedRegion region, double value)
    {
        ArgumentNullException.ThrowIfNull(region);
        var span = 1 - region.On;
        var position = span <= 0 ? 1 : Math.Clamp((value - region.On) / span, 0, 1);
        var velocity = (int)Math.Round(region.VelocityMin + ((region.VelocityMax - region.VelocityMin) * position), MidpointRounding.AwayFromZero);
        return Math.Clamp(velocity, 1, 127);
    }

    /// <summary>Processes one frame.</summary>
    /// <param name="time">The frame's presentation time: every event emitted carries it.</param>
    /// <param name="measurements">One measurement per region, in the mapping's order.</param>
    /// <param name="output">Where events are written; needs <see cref="MaxEventsPerFrame"/> room.</param>
    /// <returns>How many events were written.</returns>
    public int Process(TimeSpan time, ReadOnlySpan<RegionMeasurement> measurements, Span<NoteEvent> output)
    {
        if (measurements.Length < _regions.Length)
        {
            throw new ArgumentException($"{_regions.Length} measurements are needed, {measurements.Length} were given.", nameof(measurements));
        }

        var count = 0;
        for (var i = 0; i < _regions.Length; i++)
        {
            if (_lit[i] && ValueOf(_regions[i], measurements[i]) < _regions[i].Off)
            {
                _lit[i] = false;
                count += Release(time, _regions[i], output[count..]);
            }
        }

        for (var i = 0; i < _regions.Length; i++)
        {
            var value = ValueOf(_regions[i], measurements[i]);
            if (!_lit[i] && value >= _regions[i].On)
            {
                _lit[i] = true;
                count += Press(time, _regions[i], VelocityFor(_regions[i], value), output[count..]);
            }
        }

        return count;
    }

    /// <summary>Stops every sounding note: at the end of a video, on stop, on error.</summary>
    /// <returns>How many note-offs were written.</returns>
    public int ReleaseAll(TimeSpan time, Span<NoteEvent> output)
    {
        var count = 0;
        for (var i = 0; i < _regions.Length; i++)
        {
            if (_lit[i])
            {
                _lit[i] = false;
                count += Release(time, _regions[i], output[count..]);
            }
        }

        return count;
    }

    private int Press(TimeSpan time, MappedRegion region, int velocity, Span<NoteEvent> output)
    {
        ref var holders = ref _holders[Key(region)];
        holders++;
        if (holders > 1)
        {
            return 0;
        }

        SoundingNotes++;
        output[0] = NoteEvent.NoteOn(time, region.Channel - 1, region.Note, velocity);
        return 1;
    }

    private int Release(TimeSpan time, MappedRegion region, Span<NoteEvent> output)
    {
        ref var holders = ref _holders[Key(region)];
        holders--;
        if (holders > 0)
        {
            return 0;
        }

        SoundingNotes--;
        output[0] = NoteEvent.NoteOff(time, region.Channel - 1, region.Note);
        return 1;
    }

    private static int Key(MappedRegion region) => ((region.Channel - 1) * 128) + region.Note;
}
