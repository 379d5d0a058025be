using BenchmarkDotNet.Attributes;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Benchmarks;

/// <summary>
/// Sampling + mapping of real frames: the bundled sample (sample-videos/fireworks.mp4, 1280×720)
/// played with the bundled <c>fireworks-colours</c> mapping (six colours over the whole sky, each
/// reading its peak and its centre), the work a live run does per frame after the picture arrives.
/// Every fifth frame of the sample is decoded once by the <c>ffmpeg</c> program at set-up, in the
/// two chroma layouts Pix2Midi meets: full-range 4:4:4 (what a stream's <c>ffmpeg</c> hands on) and
/// 4:2:0 (what a file's decoder gives); one operation is one frame, taken in turn. The luma-only
/// <c>fireworks</c> mapping on the same frames is the reference.
/// </summary>
[MemoryDiagnoser]
public class BundledColourMappingBenchmarks
{
    private const int Width = SampleFrames.Width;
    private const int Height = SampleFrames.Height;
    private byte[][] _frames = [];
    private FrameProcessor _processor = null!;
    private NoteEvent[] _events = [];
    private int _chromaWidth;
    private int _chromaHeight;
    private int _shift;
    private bool _fullRange;
    private long _index;

    [Params("fireworks-colours", "fireworks")]
    public string Mapping { get; set; } = "fireworks-colours";

    [Params("yuvj444p", "yuv420p")]
    public string Layout { get; set; } = "yuvj444p";

    [GlobalSetup]
    public void Setup()
    {
        var root = SampleFrames.Repository();
        var mapping = MappingLoader.Load(Path.Combine(root, "mappings", Mapping + ".json"));
        _processor = new FrameProcessor(mapping, Width, Height);
        _events = new NoteEvent[_processor.MaxEventsPerFrame];
        (_shift, _fullRange) = Layout == "yuvj444p" ? (0, true) : (1, false);
        _chromaWidth = Width >> _shift;
        _chromaHeight = Height >> _shift;
        _frames = SampleFrames.Decode(Layout, _chromaWidth, _chromaHeight);
    }

    [Benchmark(Description = "sample + map one 720p frame of the fireworks sample")]
    public int ProcessFrame()
    {
        var frame = _frames[(int)(_index % _frames.Length)];
        var lumaSize = Width * Height;
        var chromaSize = _chromaWidth * _chromaHeight;
        var video = new VideoFrame(
            new LumaPlane(Width, Height, Width, frame.AsSpan(0, lumaSize)),
            new ChromaPlanes(_chromaWidth, _chromaHeight, _chromaWidth, _shift, _shift, frame.AsSpan(lumaSize, chromaSize), frame.AsSpan(lumaSize + chromaSize, chromaSize), _fullRange),
            TimeSpan.FromTicks(_index * 333_333),
            _index);
        _index++;
        return _processor.Process(video, _events);
    }
}
