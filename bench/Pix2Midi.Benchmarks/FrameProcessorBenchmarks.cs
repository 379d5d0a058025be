using BenchmarkDotNet.Attributes;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Benchmarks;

/// <summary>
/// Sampling + mapping of one 1080p frame, for a square grid of 16, 256 or 4096 regions. One
/// operation is one frame; frames alternate between two pictures so notes start and stop.
/// </summary>
[MemoryDiagnoser]
public class FrameProcessorBenchmarks
{
    private const int Width = 1920;
    private const int Height = 1080;
    private readonly byte[][] _frames = [new byte[Width * Height], new byte[Width * Height]];
    private FrameProcessor _processor = null!;
    private NoteEvent[] _events = [];
    private long _index;

    [Params(16, 256, 4096)]
    public int Regions { get; set; }

    [Params(RegionMeasure.Brightness, RegionMeasure.Peak)]
    public RegionMeasure Measure { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var side = (int)Math.Round(Math.Sqrt(Regions));
        var regions = new List<MappedRegion>();
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                var rect = new NormalizedRect((double)column / side, (double)row / side, 1.0 / side, 1.0 / side);
                regions.Add(new MappedRegion($"r{row}c{column}", rect, Measure, 1 + ((row + column) % 16), 24 + ((row * side) + column) % 96, 0.5, 0.3, 20, 127));
            }
        }

        _processor = new FrameProcessor(new Mapping("bench", string.Empty, "bench", [.. regions]), Width, Height);
        _events = new NoteEvent[_processor.MaxEventsPerFrame];

        // Two pictures: a diagonal gradient, and the same with a bright checkerboard of blobs, so
        // half the regions toggle on every frame.
        var random = new Random(1);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var baseLevel = (byte)((x + y) * 100 / (Width + Height));
                _frames[0][(y * Width) + x] = (byte)(baseLevel + random.Next(8));
                _frames[1][(y * Width) + x] = ((x / 60) + (y / 60)) % 2 == 0 ? (byte)230 : baseLevel;
            }
        }
    }

    [Benchmark(Description = "sample + map one 1080p frame")]
    public int ProcessFrame()
    {
        var pixels = _frames[_index & 1];
        var frame = new VideoFrame(new LumaPlane(Width, Height, Width, pixels), TimeSpan.FromTicks(_index * 333_333), _index);
        _index++;
        return _processor.Process(frame, _events);
    }
}
