using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Rendering;

/// <summary>
/// One frame in, its note events out: the region sampler and the mapping engine together, the
/// part an offline render and a real-time run share.
/// </summary>
/// <remarks>
/// A pure function of (frame, timestamp, state): it knows no clock and no sink. Built for one
/// frame size; <see cref="Process(VideoFrame)"/> allocates nothing in steady state. Not thread-safe: one per pipeline.
/// A mapping that quantises goes through a <see cref="NoteScheduler"/> (decision 0022): events then
/// carry their own times, at or after the frame's, in time order; otherwise each carries the frame's.
/// </remarks>
public sealed class FrameProcessor
{
    private readonly int _frameWidth;
    private readonly int _frameHeight;
    private readonly MappingEngine _engine;
    private RegionSampler _sampler;
    private ColourSampler? _colour;
    private int[] _lumaIndex = [];
    private int[] _colourIndex = [];
    private RegionMeasurement[] _lumaMeasurements = [];
    private RegionMeasurement[] _colourMeasurements = [];
    private RegionMeasurement[] _measurements;
    private NoteEvent[] _buffer;
    private NoteScheduler? _scheduler;
    private Arpeggiator? _arpeggiator;

    /// <summary>Prepares to play <paramref name="mapping"/> on frames of the given size.</summary>
    public FrameProcessor(Mapping.Mapping mapping, int frameWidth, int frameHeight)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _frameWidth = frameWidth;
        _frameHeight = frameHeight;
        _engine = new MappingEngine(mapping);
        _measurements = new RegionMeasurement[mapping.Regions.Length];
        (_sampler, _colour) = Samplers(mapping, frameWidth, frameHeight);
        _buffer = new NoteEvent[Math.Max(_engine.MaxEventsPerFrame, 16)];
        (_scheduler, _arpeggiator) = Schedulers(mapping);
    }

    /// <summary>The mapping being played.</summary>
    public Mapping.Mapping Mapping => _engine.Mapping;

    /// <summary>
    /// The most events one frame makes without a grid: the room the copying overloads
    /// (<see cref="Process(VideoFrame, Span{NoteEvent})"/>, <see cref="ReleaseAll(TimeSpan, Span{NoteEvent})"/>)
    /// need then. A quantising mapping may release more at once (several frames' note-offs on one
    /// line, arpeggio steps): callers that may play one use the overloads that give a span.
    /// It changes only when the mapping is replaced.
    /// </summary>
    public int MaxEventsPerFrame => _engine.MaxEventsPerFrame;

    /// <summary>How many notes are sounding now.</summary>
    public int SoundingNotes => _engine.SoundingNotes;

    /// <summary>Whether region <paramref name="index"/> (in the mapping's order) is sounding its note.</summary>
    public bool IsLit(int index) => _engine.IsLit(index);

    /// <summary>The last frame's measurement of region <paramref name="index"/>.</summary>
    public RegionMeasurement Measurement(int index) => _measurements[index];

    /// <summary>
    /// Analyses one frame and gives its events: without a grid, each stamped with the frame's time;
    /// quantising, those the scheduler releases after this frame, each at its own time. The first
    /// frame a processor sees starts with a program change per instrument of the mapping.
    /// </summary>
    /// <returns>The events, in time order; the span is the processor's own, valid until its next call.</returns>
    public ReadOnlySpan<NoteEvent> Process(VideoFrame frame)
    {
        Measure(frame);
        var count = _engine.Process(frame.Timestamp, _measurements, _buffer);
        if (_scheduler is null)
        {
            return _buffer.AsSpan(0, count);
        }

        _scheduler.Add(_buffer.AsSpan(0, count), frame.Timestamp);
        var horizon = _scheduler.Horizon(frame.Timestamp);
        _arpeggiator?.Play(_engine, frame.Timestamp, horizon, _scheduler);
        return _scheduler.Release(horizon);
    }

    /// <summary>Like <see cref="Process(VideoFrame)"/>, copying the events into <paramref name="output"/>.</summary>
    /// <returns>How many events were written.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is too small (a quantising mapping can release more than <see cref="MaxEventsPerFrame"/>).</exception>
    public int Process(VideoFrame frame, Span<NoteEvent> output) => CopyTo(Process(frame), output);

    /// <summary>
    /// The natural end of the video at <paramref name="end"/>: every sounding note stops (quantising:
    /// on its grid line, never shorter than a step) and every held event is released, in time order.
    /// </summary>
    public ReadOnlySpan<NoteEvent> Finish(TimeSpan end)
    {
        var count = _engine.ReleaseAll(end, _buffer);
        if (_scheduler is null)
        {
            return _buffer.AsSpan(0, count);
        }

        _scheduler.Add(_buffer.AsSpan(0, count), end);
        _arpeggiator?.Reset();
        return _scheduler.ReleaseEverything();
    }

    /// <summary>The next frame becomes the reference picture the <c>change</c> measure compares with (the preview's r key).</summary>
    public void TakeReference() => _colour?.TakeReference();

    /// <summary>
    /// A stop: note-offs, stamped <paramref name="time"/>, for every note already given out and
    /// still sounding; quantising, what the scheduler still held is dropped (it was never heard).
    /// </summary>
    public ReadOnlySpan<NoteEvent> ReleaseAll(TimeSpan time)
    {
        var count = _engine.ReleaseAll(time, _buffer);
        if (_scheduler is null)
        {
            return _buffer.AsSpan(0, count);
        }

        _arpeggiator?.Reset();
        return _scheduler.Stop(time);
    }

    /// <summary>Like <see cref="ReleaseAll(TimeSpan)"/>, copying the note-offs into <paramref name="output"/>.</summary>
    public int ReleaseAll(TimeSpan time, Span<NoteEvent> output) => CopyTo(ReleaseAll(time), output);

    /// <summary>
    /// Switches to <paramref name="newMapping"/> between two frames (hot reload): note-offs, stamped
    /// <paramref name="time"/>, for the notes of regions that changed or went away; regions that
    /// play as before keep their state, so their sounding notes go on (see
    /// <see cref="MappingEngine.Replace"/>). Motion goes on from the last frame. Instruments the new
    /// mapping adds or changes are sent by the next <see cref="Process(VideoFrame)"/>, before its other events.
    /// </summary>
    /// <param name="newMapping">The mapping to play from the next frame.</param>
    /// <param name="time">The next frame's time.</param>
    /// <param name="output">Needs room for a note-off per key sounding (at most <see cref="MaxEventsPerFrame"/> before the call, without a grid).</param>
    /// <returns>How many note-offs were written.</returns>
    /// <remarks>Allocates the new mapping's sampler and state: call it only when the mapping changes.</remarks>
    public int Replace(Mapping.Mapping newMapping, TimeSpan time, Span<NoteEvent> output) => CopyTo(Replace(newMapping, time), output);

    /// <summary>Like <see cref="Replace(Mapping.Mapping, TimeSpan, Span{NoteEvent})"/>, giving the note-offs from the processor's own buffer.</summary>
    /// <remarks>
    /// Quantising with the same tempo and grid, the note-offs go to the scheduler and come out with
    /// the next frames; a new tempo or grid releases everything the old one held, now.
    /// </remarks>
    public ReadOnlySpan<NoteEvent> Replace(Mapping.Mapping newMapping, TimeSpan time)
    {
        ArgumentNullException.ThrowIfNull(newMapping);
        var previousSampler = _sampler;
        var previousColour = _colour;
        var previousTime = _engine.Mapping.Time;
        if (_buffer.Length < _engine.MaxEventsPerFrame)
        {
            _buffer = new NoteEvent[_engine.MaxEventsPerFrame];
        }

        var count = _engine.Replace(newMapping, time, _buffer);
        _measurements = new RegionMeasurement[newMapping.Regions.Length];
        (_sampler, _colour) = Samplers(newMapping, _frameWidth, _frameHeight);
        _sampler.ContinueFrom(previousSampler);
        if (_colour is not null && previousColour is not null)
        {
            _colour.ContinueFrom(previousColour);
        }

        var offs = _buffer.AsSpan(0, count);
        ReadOnlySpan<NoteEvent> result = offs;
        if (_scheduler is not null)
        {
            _scheduler.Add(offs, time);
            if (Equals(previousTime, newMapping.Time))
            {
                _arpeggiator = new Arpeggiator(newMapping);
                result = [];
            }
            else
            {
                result = _scheduler.ReleaseEverything().ToArray();
                (_scheduler, _arpeggiator) = Schedulers(newMapping);
            }
        }
        else
        {
            (_scheduler, _arpeggiator) = Schedulers(newMapping);
        }

        var larger = Math.Max(_engine.MaxEventsPerFrame, 16);
        if (_buffer.Length < larger)
        {
            var copy = result.ToArray();
            _buffer = new NoteEvent[larger];
            return copy;
        }

        return result;
    }

    private void Measure(VideoFrame frame)
    {
        if (_colour is null)
        {
            _sampler.Measure(frame.Luma, _measurements);
            return;
        }

        _sampler.Measure(frame.Luma, _lumaMeasurements);
        _colour.Measure(frame.Luma, frame.Chroma, _colourMeasurements);
        for (var i = 0; i < _lumaIndex.Length; i++)
        {
            _measurements[_lumaIndex[i]] = _lumaMeasurements[i];
        }

        for (var i = 0; i < _colourIndex.Length; i++)
        {
            _measurements[_colourIndex[i]] = _colourMeasurements[i];
        }
    }

    private static int CopyTo(ReadOnlySpan<NoteEvent> events, Span<NoteEvent> output)
    {
        if (events.Length > output.Length)
        {
            throw new ArgumentException($"{events.Length} events need room, {output.Length} was given.", nameof(output));
        }

        events.CopyTo(output);
        return events.Length;
    }

    private static (NoteScheduler? Scheduler, Arpeggiator? Arpeggiator) Schedulers(Mapping.Mapping mapping)
    {
        if (!mapping.Time.Quantizes)
        {
            return (null, null);
        }

        var arpeggiator = new Arpeggiator(mapping);
        return (new NoteScheduler(mapping.Time), arpeggiator.Any ? arpeggiator : null);
    }

    /// <summary>
    /// The luma sampler for the regions it can measure and, when some region reads colour, position
    /// or the reference picture, a colour sampler for those; with no such region the luma sampler
    /// measures straight into the measurements, as it did before colour.
    /// </summary>
    private (RegionSampler Luma, ColourSampler? Colour) Samplers(Mapping.Mapping mapping, int frameWidth, int frameHeight)
    {
        var regions = mapping.Regions;
        if (!regions.Any(r => r.NeedsColourSampler))
        {
            _lumaIndex = [];
            _colourIndex = [];
            return (LumaSampler(regions, frameWidth, frameHeight), null);
        }

        _lumaIndex = [.. Enumerable.Range(0, regions.Length).Where(i => !regions[i].NeedsColourSampler)];
        _colourIndex = [.. Enumerable.Range(0, regions.Length).Where(i => regions[i].NeedsColourSampler)];
        _lumaMeasurements = new RegionMeasurement[_lumaIndex.Length];
        _colourMeasurements = new RegionMeasurement[_colourIndex.Length];
        var coloured = _colourIndex.Select(i => regions[i]).ToArray();
        var colour = new ColourSampler(
            [.. coloured.Select(r => new ColourRegion(r.Rect, r.Colour, Reads(r, RegionMeasure.X) || Reads(r, RegionMeasure.Y)))],
            frameWidth,
            frameHeight,
            coloured.Any(r => Reads(r, RegionMeasure.Motion)),
            coloured.Any(r => Reads(r, RegionMeasure.Change)));
        return (LumaSampler([.. _lumaIndex.Select(i => regions[i])], frameWidth, frameHeight), colour);
    }

    private static bool Reads(MappedRegion region, RegionMeasure measure) =>
        region.Measure == measure || region.PitchFrom == measure || region.Control?.From == measure;

    private static RegionSampler LumaSampler(IReadOnlyList<MappedRegion> regions, int frameWidth, int frameHeight) =>
        new(
            [.. regions.Select(r => r.Rect)],
            frameWidth,
            frameHeight,
            regions.Any(r => Reads(r, RegionMeasure.Peak)),
            regions.Any(r => Reads(r, RegionMeasure.Motion)));
}
