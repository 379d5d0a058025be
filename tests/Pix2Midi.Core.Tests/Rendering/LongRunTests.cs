using System.Runtime.CompilerServices;
using System.Text;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Rendering;

/// <summary>
/// Ten hours of 29.97 fps video (1,078,922 frames) through the pipeline: memory does not grow
/// with the run beyond the events it produces, and the schedule is exact to the last frame, with
/// no drift from adding up frame durations.
/// </summary>
/// <remarks>
/// No clock is involved: the renderer stamps each event with its frame's own timestamp, the
/// same thing the real-time player schedules against, so hours of frames run in seconds.
/// </remarks>
public class LongRunTests
{
    private const int Width = 16;
    private const int Height = 8;
    private static readonly FrameRate Ntsc = new(30000, 1001);
    private static readonly long TenHours = (10 * 3600 * 30000L / 1001) + 1; // frames 0 … 1,078,921, the last at 35,999.997 s

    /// <summary>A note (left half) lit 5 frames in every 10, and a controller (right half) that changes every 30 frames.</summary>
    private static Core.Mapping.Mapping Mapping() => MappingLoader.Parse("long.json", Encoding.UTF8.GetBytes("""
        { "regions": [
            { "name": "pulse", "x": 0, "y": 0, "width": 0.5, "height": 1, "note": 60, "on": 0.5, "off": 0.3 },
            { "name": "sweep", "x": 0.5, "y": 0, "width": 0.5, "height": 1, "cc": { "controller": 1 } }
        ] }
        """));

    /// <summary>The timestamp a decoder gives frame <paramref name="n"/> at 30000/1001 fps: exact, rounded to 100 ns, never summed.</summary>
    private static TimeSpan FrameTime(long n)
    {
        var hundredNanoseconds = (Int128)n * 1001 * TimeSpan.TicksPerSecond;
        var (quotient, remainder) = Int128.DivRem(hundredNanoseconds, 30000);
        return TimeSpan.FromTicks((long)(remainder * 2 >= 30000 ? quotient + 1 : quotient));
    }

    private static void Draw(long n, byte[] plane)
    {
        var left = n % 10 < 5 ? (byte)230 : (byte)10;
        var right = (byte)(n / 30 % 200);
        for (var y = 0; y < Height; y++)
        {
            plane.AsSpan(y * Width, Width / 2).Fill(left);
            plane.AsSpan((y * Width) + (Width / 2), Width / 2).Fill(right);
        }
    }

    [Fact]
    public void Ten_hours_at_29_97_fps_render_every_event_on_its_frame_s_exact_tick_to_the_last_in_memory_that_grows_only_with_the_events()
    {
        var mapping = Mapping();
        using (var warm = new GeneratedSource(100))
        {
            OfflineRenderer.Render(warm, mapping);
        }

        using var source = new GeneratedSource(TenHours);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = OfflineRenderer.Render(source, mapping);

        // Memory: only the event list grows with the run. It grows by doubling, so all it ever
        // allocated is under 4 × events × size; the rest (processor, buffers) is a constant.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(allocated, 0, (4L * result.Events.Count * Unsafe.SizeOf<NoteEvent>()) + (256 * 1024));
        Assert.Equal(TenHours, result.Frames);
        Assert.True(result.FrameExact);
        Assert.Equal(15000, result.TimeBase.TicksPerQuarter);
        var ticksPerFrame = result.TimeBase.TicksPerFrame(Ntsc)!.Value;
        Assert.Equal(1001, ticksPerFrame);

        // Every event sits on a whole frame: ons at frames 0, 10, 20…, offs at 5, 15…
        foreach (var e in result.Events)
        {
            var tick = result.TimeBase.ToTick(e.Time);
            Assert.Equal(0, tick % ticksPerFrame);
            var frame = tick / ticksPerFrame;
            if (e.Kind == NoteEventKind.NoteOn)
            {
                Assert.Equal(0, frame % 10);
            }
        }

        // The file says the same to the last note: frame 1,078,920 at tick 1,079,998,920.
        var lastOn = (TenHours - 1) / 10 * 10;
        var file = SmfReader.Read(SmfWriter.ToBytes(result.TimeBase, result.Events, new SmfWriteOptions { EndTime = result.Duration }));
        var ons = file.ChannelEvents.Where(e => e.Kind == 0x90).ToList();
        Assert.Equal(TenHours / 10 + (TenHours % 10 == 0 ? 0 : 1), ons.Count);
        Assert.Equal(1_078_920, lastOn);
        Assert.Equal(lastOn * ticksPerFrame, ons[^1].Tick);
        Assert.Equal(FrameTime(lastOn), file.ToTime(ons[^1].Tick));
        Assert.Equal(TenHours * ticksPerFrame, file.Tracks[1].EndTick);
        Assert.Equal(TenHours * ticksPerFrame, result.TimeBase.ToTick(result.Duration));
        Assert.Equal(ons.Count, file.ChannelEvents.Count(e => e.Kind == 0x80));
    }

    [Fact]
    public void The_frame_processor_runs_ten_hours_without_allocating_a_byte()
    {
        var processor = new FrameProcessor(Mapping(), Width, Height);
        var buffer = new NoteEvent[processor.MaxEventsPerFrame];
        var plane = new byte[Width * Height];
        long events = 0;
        var last = TimeSpan.Zero;

        // The first hour warms up (first-frame paths, lazy setup, the runtime tiering up the loop);
        // the other nine are measured as three stretches of three hours, the least of them counted
        // (SteadyAllocation: the runtime may allocate on this thread once while it tiers up, under
        // load late; what the processor allocates per frame shows in every stretch).
        var n = 0L;
        void Next(int i)
        {
            Draw(n, plane);
            var count = processor.Process(new VideoFrame(new LumaPlane(Width, Height, Width, plane), FrameTime(n), n), buffer);
            events += count;
            if (count > 0)
            {
                last = buffer[count - 1].Time;
            }

            n++;
        }

        var hour = (int)(TenHours / 10);
        SteadyAllocation.Least(Next, hour, trials: 1);
        var allocated = SteadyAllocation.Least(Next, (int)((TenHours - hour) / 3), trials: 3);
        while (n < TenHours)
        {
            Next(0);
        }

        Assert.Equal(0, allocated);
        Assert.True(events > 200_000);
        // The last frame with an event: the note turns on or off every fifth frame.
        Assert.Equal(FrameTime((TenHours - 1) / 5 * 5), last);
    }

    /// <summary>Frames made on the fly (nothing stored per frame) at exact 29.97 fps timestamps.</summary>
    private sealed class GeneratedSource(long frames) : IFrameSource
    {
        private readonly byte[] _plane = new byte[Width * Height];
        private long _next;

        public VideoInfo Info { get; } = new("ten hours", Width, Height, Ntsc, frames, FrameTime(frames), "generated");

        public bool TryReadFrame(out VideoFrame frame)
        {
            if (_next >= frames)
            {
                frame = default;
                return false;
            }

            Draw(_next, _plane);
            frame = new VideoFrame(new LumaPlane(Width, Height, Width, _plane), FrameTime(_next), _next);
            _next++;
            return true;
        }

        public void Dispose()
        {
        }
    }
}
