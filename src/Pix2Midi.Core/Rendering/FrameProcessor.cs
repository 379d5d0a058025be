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
    private readonly RegionSampler _sampler;
    private readonly MappingEngine _engine;
    private readonly RegionMeasurement[] _measurements;

    /// <summary>Prepares to play <paramref name="mapping"/> on frames of the given size.</summary>
    public FrameProcessor(Mapping.Mapping mapping, int frameWidth, int frameHeight)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _engine = new MappingEngine(mapping);
        _sampler = new RegionSampler(
            [.. mapping.Regions.Select(r => r.Rect)],
            frameWidth,
            frameHeight,
            mapping.Regions.Any(r => r.Measure == RegionMeasure.Peak));
        _measurements = new RegionMeasurement[mapping.Regions.Length];
    }

    /// <summary>The mapping being played.</summary>
    public Mapping.Mapping Mapping => _engine.Mapping;

    /// <summary>Room a caller must give <see cref="Process"/> and <see cref="ReleaseAll"/>.</summary>
    public int MaxEventsPerFrame => _engine.MaxEventsPerFrame;

    /// <summary>How many notes are sounding now.</summary>
    public int SoundingNotes => _engine.SoundingNotes;

    /// <summary>Whether region <paramref name="index"/> (in the mapping's order) is holding its note.</summary>
    public bool IsLit(int index) => _engine.IsLit(index);

    /// <summary>The last frame's measurement of region <paramref name="index"/>.</summary>
    public RegionMeasurement Measurement(int index) => _measurements[index];

    /// <summary>Analyses one frame and writes its events, each stamped with the frame's time.</summary>
    /// <returns>How many events were written.</returns>
    public int Process(VideoFrame frame, Span<NoteEvent> output)
    {
        _sampler.Measure(frame.Luma, _measurements);
        return _engine.Process(frame.Timestamp, _measurements, output);
    }

    /// <summary>Note-offs for every sounding note, stamped <paramref name="time"/>.</summary>
    public int ReleaseAll(TimeSpan time, Span<NoteEvent> output) => _engine.ReleaseAll(time, output);
}
