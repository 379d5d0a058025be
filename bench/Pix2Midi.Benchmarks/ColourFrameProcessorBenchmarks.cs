using BenchmarkDotNet.Attributes;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Benchmarks;

/// <summary>
/// Sampling + mapping of one 1080p 4:2:0 frame for a square grid of 16, 64, 256 or 4096 regions,
/// every one keyed on a colour (red). One operation is one frame; frames alternate between two
/// pictures (a dim gradient with chroma noise, and the same with red and green blobs) so notes start
/// and stop. 16, 256 and 4096 are the sizes of <see cref="FrameProcessorBenchmarks"/>, so a run of
/// both (<c>--filter '*FrameProcessor*'</c>) compares a colour grid with a luma-only one.
/// </summary>
[MemoryDiagnoser]
public class ColourFrameProcessorBenchmarks
{
    private const int Width = 1920;
    private const int Height = 1080;
    private const int ChromaWidth = Width / 2;
    private const int ChromaHeight = Height / 2;
    private readonly byte[][] _luma = [new byte[Width * Height], new byte[Width * Height]];
    private readonly byte[][] _u = [new byte[ChromaWidth * ChromaHeight], new byte[ChromaWidth * ChromaHeight]];
    private readonly byte[][] _v = [new byte[ChromaWidth * ChromaHeight], new byte[ChromaWidth * ChromaHeight]];
    private FrameProcessor _processor = null!;
    private NoteEvent[] _events = [];
    private long _index;

    [Params(16, 64, 256, 4096)]
    public int Regions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var side = (int)Math.Round(Math.Sqrt(Regions));
        var red = ColourKey.Parse("red");
        var regions = new List<MappedRegion>();
        for (var row = 0; row < side; row++)
        {
            for (var column = 0; column < side; column++)
            {
                var rect = new NormalizedRect((double)column / side, (double)row / side, 1.0 / side, 1.0 / side);
                regions.Add(new MappedRegion($"r{row}c{column}", rect, RegionMeasure.Brightness, 1 + ((row + column) % 16), 24 + ((row * side) + column) % 96, 0.2, 0.1, 20, 127) { Colour = red });
            }
        }

        _processor = new FrameProcessor(new Mapping("bench", string.Empty, "bench", [.. regions]), Width, Height);
        _events = new NoteEvent[_processor.MaxEventsPerFrame];
        var random = new Random(1);
        var (ry, ru, rv) = YuvColour.FromRgb(1, 0.1, 0.1);
        var (gy, gu, gv) = YuvColour.FromRgb(0.1, 1, 0.1);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var baseLevel = (byte)(16 + ((x + y) * 60 / (Width + Height)));
                _luma[0][(y * Width) + x] = (byte)(baseLevel + random.Next(8));
                var blob = ((x / 60) + (y / 60)) % 2 == 0;
                var isRed = ((x / 120) % 2) == 0;
                _luma[1][(y * Width) + x] = blob ? (isRed ? ry : gy) : baseLevel;
                if ((x & 1) == 0 && (y & 1) == 0)
                {
                    var c = ((y / 2) * ChromaWidth) + (x / 2);
                    _u[0][c] = (byte)(124 + random.Next(8));
                    _v[0][c] = (byte)(124 + random.Next(8));
                    _u[1][c] = blob ? (isRed ? ru : gu) : (byte)128;
                    _v[1][c] = blob ? (isRed ? rv : gv) : (byte)128;
                }
            }
        }
    }

    [Benchmark(Description = "sample + map one 1080p frame, every region keyed on red")]
    public int ProcessFrame()
    {
        var i = (int)(_index & 1);
        var frame = new VideoFrame(
            new LumaPlane(Width, Height, Width, _luma[i]),
            new ChromaPlanes(ChromaWidth, ChromaHeight, ChromaWidth, 1, 1, _u[i], _v[i]),
            TimeSpan.FromTicks(_index * 333_333),
            _index);
        _index++;
        return _processor.Process(frame, _events);
    }
}
