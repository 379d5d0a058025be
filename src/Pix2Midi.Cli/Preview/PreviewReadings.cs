using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// The readings the preview window draws (mean colour, centre of position), measured on the
/// window's own thread from the frame it shows, with the same <see cref="FrameProcessor"/> the
/// player uses: the swatch and the cross match the picture under them, and the player's threads
/// do no extra work.
/// </summary>
/// <remarks>
/// Nothing is measured for a mapping none of whose regions shows a reading. The processor is
/// made again when the mapping or the frame size changes; otherwise measuring allocates nothing.
/// Used by the drawing thread only.
/// </remarks>
internal sealed class PreviewReadings
{
    private Mapping? _mapping;
    private bool _shown;
    private FrameProcessor? _processor;
    private int _width;
    private int _height;
    private RegionMeasurement[] _readings = [];

    /// <summary>The readings of <paramref name="frame"/> for each region of <paramref name="mapping"/>, in order; null when no region shows one.</summary>
    public IReadOnlyList<RegionMeasurement>? Measure(PreviewFrame frame, Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(mapping);
        if (!ReferenceEquals(mapping, _mapping))
        {
            _mapping = mapping;
            _shown = ReadingMarks.AnyShown(mapping.Regions);
            _processor = null;
        }

        if (!_shown)
        {
            return null;
        }

        if (_processor is null || frame.Width != _width || frame.Height != _height)
        {
            _processor = new FrameProcessor(mapping, frame.Width, frame.Height);
            _width = frame.Width;
            _height = frame.Height;
            _readings = new RegionMeasurement[mapping.Regions.Length];
        }

        _ = _processor.Process(frame.AsVideoFrame());
        for (var i = 0; i < _readings.Length; i++)
        {
            _readings[i] = _processor.Measurement(i);
        }

        return _readings;
    }
}
