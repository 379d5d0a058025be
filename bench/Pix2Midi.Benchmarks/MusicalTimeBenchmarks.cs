using BenchmarkDotNet.Attributes;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Benchmarks;

/// <summary>
/// What musical time costs per frame: the bundled <c>fireworks</c> mapping on the sample's own
/// 720p frames, frame-exact (the reference), quantised to 1/16 at 100 BPM, with every region
/// playing a triad, and with every region arpeggiating its triad over two octaves at 1/32.
/// One operation is one frame, taken in turn at 30 fps.
/// </summary>
[MemoryDiagnoser]
public class MusicalTimeBenchmarks
{
    private byte[][] _frames = [];
    private FrameProcessor _processor = null!;
    private long _index;

    [Params("frame-exact", "quantised", "chords", "arpeggios")]
    public string Time { get; set; } = "frame-exact";

    [GlobalSetup]
    public void Setup()
    {
        var mapping = MappingLoader.Load(Path.Combine(SampleFrames.Repository(), "mappings", "fireworks.json"));
        var grid = new MusicalTime(100, GridDivision.Find("1/16"), 0);
        mapping = Time switch
        {
            "quantised" => mapping with { Time = grid },
            "chords" => mapping with { Time = grid, Regions = [.. mapping.Regions.Select(r => r with { Chord = ChordShape.Find("triad") })] },
            "arpeggios" => mapping with
            {
                Time = grid,
                Regions = [.. mapping.Regions.Select(r => r with { Chord = ChordShape.Find("triad"), Arpeggio = new Arpeggio(ArpeggioPattern.UpDown, GridDivision.Find("1/32")!, 2, 0.5) })],
            },
            _ => mapping,
        };
        _processor = new FrameProcessor(mapping, SampleFrames.Width, SampleFrames.Height);
        _frames = SampleFrames.Decode("yuv420p", SampleFrames.Width / 2, SampleFrames.Height / 2);
    }

    [Benchmark(Description = "sample + map + schedule one 720p frame of the fireworks sample")]
    public int ProcessFrame()
    {
        var frame = _frames[(int)(_index % _frames.Length)];
        var video = new VideoFrame(new LumaPlane(SampleFrames.Width, SampleFrames.Height, SampleFrames.Width, frame.AsSpan(0, SampleFrames.Width * SampleFrames.Height)), TimeSpan.FromTicks(_index * 333_333), _index);
        _index++;
        return _processor.Process(video).Length;
    }
}
