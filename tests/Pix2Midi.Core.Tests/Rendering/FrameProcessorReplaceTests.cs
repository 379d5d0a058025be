using System.Text;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Core.Tests.Rendering;

public class FrameProcessorReplaceTests
{
    private const int Width = 40;
    private const int Height = 20;

    private static Core.Mapping.Mapping Parse(string json) => MappingLoader.Parse("t.json", Encoding.UTF8.GetBytes(json));

    private static Core.Mapping.Mapping TwoHalves(int rightNote = 62, string extra = "") => Parse($$"""
        { "regions": [
            { "name": "left", "x": 0, "y": 0, "width": 0.5, "height": 1, "note": 60, "on": 0.5, "off": 0.3 },
            { "name": "right", "x": 0.5, "y": 0, "width": 0.5, "height": 1, "note": {{rightNote}}, "on": 0.5, "off": 0.3 {{extra}} }
        ] }
        """);

    private static byte[] Lit(bool left, bool right)
    {
        var pixels = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                pixels[(y * Width) + x] = (x < Width / 2 ? left : right) ? (byte)230 : (byte)10;
            }
        }

        return pixels;
    }

    private static int Process(FrameProcessor processor, byte[] pixels, int index, NoteEvent[] buffer) =>
        processor.Process(new VideoFrame(new LumaPlane(Width, Height, Width, pixels), TimeSpan.FromMilliseconds(40 * index), index), buffer);

    [Fact]
    public void Unchanged_regions_keep_sounding_and_changed_or_removed_ones_get_their_note_offs()
    {
        var processor = new FrameProcessor(TwoHalves(), Width, Height);
        var buffer = new NoteEvent[16];
        Assert.Equal(2, Process(processor, Lit(true, true), 0, buffer));

        var n = processor.Replace(TwoHalves(rightNote: 64), TimeSpan.FromMilliseconds(40), buffer);

        Assert.Equal([(NoteEventKind.NoteOff, 62)], buffer[..n].Select(e => (e.Kind, (int)e.Data1)));
        Assert.Equal(1, processor.SoundingNotes);
        Assert.True(processor.IsLit(0));

        // Next frame: left goes on sounding (no new note-on); the changed right region starts its new note.
        n = Process(processor, Lit(true, true), 1, buffer);
        Assert.Equal([(NoteEventKind.NoteOn, 64)], buffer[..n].Select(e => (e.Kind, (int)e.Data1)));

        n = processor.Replace(Parse("""{ "regions": [ { "name": "other", "x": 0, "y": 0, "width": 1, "height": 1, "note": 70 } ] }"""), TimeSpan.FromMilliseconds(80), buffer);
        Assert.Equal([60, 64], buffer[..n].Select(e => (int)e.Data1).Order());
        Assert.All(buffer[..n], e => Assert.Equal(NoteEventKind.NoteOff, e.Kind));
        Assert.Equal(0, processor.SoundingNotes);
    }

    [Fact]
    public void A_controller_change_alone_keeps_the_note_sounding()
    {
        var processor = new FrameProcessor(TwoHalves(), Width, Height);
        var buffer = new NoteEvent[16];
        Process(processor, Lit(true, true), 0, buffer);

        var n = processor.Replace(TwoHalves(extra: ", \"cc\": { \"controller\": 1 }"), TimeSpan.FromMilliseconds(40), buffer);

        Assert.Equal(0, n);
        Assert.Equal(2, processor.SoundingNotes);
        Assert.True(processor.MaxEventsPerFrame >= 5);
    }

    [Fact]
    public void Processing_allocates_nothing_with_motion_controllers_and_limits()
    {
        var mapping = Parse("""
            { "limits": { "polyphony": 3, "notesPerSecond": 20, "thinning": 0.2 },
              "defaults": { "minLength": 50, "cooldown": 50 },
              "grids": [
                { "name": "a", "rows": 4, "columns": 4, "firstNote": "C3", "scale": "D dorian", "measure": "peak" },
                { "name": "b", "rows": 2, "columns": 2, "pitch": "value", "measure": "motion", "on": 0.1, "off": 0.05, "cc": { "controller": 10, "smoothing": 100 } }
              ] }
            """);
        var processor = new FrameProcessor(mapping, Width, Height);
        var buffer = new NoteEvent[processor.MaxEventsPerFrame];
        var frames = new[] { Lit(true, false), Lit(false, true), Lit(true, true), Lit(false, false) };
        for (var i = 0; i < 8; i++)
        {
            Process(processor, frames[i % 4], i, buffer);
        }

        // Steady state: 200 frames at a time, up to three times. Code that allocates per frame
        // allocates in every window; a one-off of the runtime's own (seen once in CI: 7 KB while
        // methods were being recompiled) falls in one window at most.
        var windows = new List<long>();
        var events = 0;
        for (var start = 8; windows.Count < 3 && (windows.Count == 0 || windows[^1] != 0); start += 200)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = start; i < start + 200; i++)
            {
                events += Process(processor, frames[i % 4], i, buffer);
            }

            windows.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(windows[^1] == 0, $"bytes allocated per 200 frames: {string.Join(", ", windows)}");
        Assert.True(events > 50);
    }
}
