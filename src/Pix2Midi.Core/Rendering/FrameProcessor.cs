using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Rendering;

/// <summary>
/// One frame in, its note events out: the region sampler and the mapping engine together, the
/// part an offline render and a real-time run share.
/// </summary>
/// <remarks>
/// A pure function of (frame, timestamp, state): it knows no clock and no sink. Built for one
/// frame size; <see cref="Process"/> allocates nothing. Not thread-safe: one per pipeline.
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

    /// <summary>Prepares to play <paramref name="mapping"/> on frames of the given size.</summary>
    public FrameProcessor(Mapping.Mapping mapping, int frameWidth, int frameHeight)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _frameWidth = frameWidth;
        _frameHeight = frameHeight;
        _engine = new MappingEngine(mapping);
        _measurements = new RegionMeasurement[mapping.Regions.Length];
        (_sampler, _colour) = Samplers(mapping, frameWidth, frameHeight);
    }

    /// <summary>The mapping being played.</summary>
    public Mapping.Mapping Mapping => _engine.Mapping;

    /// <summary>
    /// Room a caller must give <see cref="Process"/> and <see cref="ReleaseAll"/>. It changes only
    /// when <see cref="Replace"/> is called; what <see cref="Replace"/> itself writes is bounded by
    /// this value as it was before the call.
    /// </summary>
    public int MaxEventsPerFrame => _engine.MaxEventsPerFrame;

    /// <summary>The most events <see cref="Replace"/> can write now: the keys sounding, never more than <see cref="MaxEventsPerFrame"/>.</summary>
    public int MaxEventsOnReplace => _engine.SoundingNotes;

    /// <summary>How many notes are sounding now.</summary>
    public int SoundingNotes => _engine.SoundingNotes;

    /// <summary>Whether region <paramref name="index"/> (in the mapping's order) is sounding its note.</summary>
    public bool IsLit(int index) => _engine.IsLit(index);

    /// <summary>The last frame's measurement of region <paramref name="index"/>.</summary>
    public RegionMeasurement Measurement(int index) => _measurements[index];

    /// <summary>
    /// Analyses one frame and writes its events, each stamped with the frame's time; the first
    /// frame a processor sees starts with a program change per instrument of the mapping.
    /// </summary>
    /// <returns>How many events were written.</returns>
    public int Process(VideoFrame frame, Span<NoteEvent> output)
    {
        if (_colour is null)
        {
            _sampler.Measure(frame.Luma, _measurements);
        }
        else
        {
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

        return _engine.Process(frame.Timestamp, _measurements, output);
    }

    /// <summary>The next frame becomes the reference picture the <c>change</c> measure compares with (the preview's r key).</summary>
    public void TakeReference() => _colour?.TakeReference();

    /// <summary>Note-offs for every sounding note, stamped <paramref name="time"/>.</summary>
    public int ReleaseAll(TimeSpan time, Span<NoteEvent> output) => _engine.ReleaseAll(time, output);

    /// <summary>
    /// Switches to <paramref name="newMapping"/> between two frames (hot reload): note-offs, stamped
    /// <paramref name="time"/>, for the notes of regions that changed or went away; regions that
    /// play as before keep their state, so their sounding notes go on (see
    /// <see cref="MappingEngine.Replace"/>). Motion goes on from the last frame. Instruments the new
    /// mapping adds or changes are sent by the next <see cref="Process"/>, before its other events.
    /// </summary>
    /// <param name="newMapping">The mapping to play from the next frame.</param>
    /// <param name="time">The next frame's time.</param>
    /// <param name="output">Needs <see cref="MaxEventsOnReplace"/> room (at most <see cref="MaxEventsPerFrame"/> before the call).</param>
    /// <returns>How many note-offs were written.</returns>
    /// <remarks>Allocates the new mapping's sampler and state: call it only when the mapping changes.</remarks>
    public int Replace(Mapping.Mapping newMapping, TimeSpan time, Span<NoteEvent> output)
    {
        ArgumentNullException.ThrowIfNull(newMapping);
        var previousSampler = _sampler;
        var previousColour = _colour;
        var count = _engine.Replace(newMapping, time, output);
        _measurements = new RegionMeasurement[newMapping.Regions.Length];
        (_sampler, _colour) = Samplers(newMapping, _frameWidth, _frameHeight);
        _sampler.ContinueFrom(previousSampler);
        if (_colour is not null && previousColour is not null)
        {
            _colour.ContinueFrom(previousColour);
        }

        return count;
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
