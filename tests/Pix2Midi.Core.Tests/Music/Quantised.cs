using System.Text;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Core.Tests.Music;

/// <summary>Test helpers: a frame processor over two half-frame regions, driven by which half is lit, at 30 fps.</summary>
internal static class Quantised
{
    public const int Width = 40;
    public const int Height = 20;

    public static readonly TimeSpan Frame = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);

    public static Core.Mapping.Mapping TwoHalves(MusicalTime time, string left = "\"note\": 60", string right = "\"note\": 64", string limits = "") =>
        MappingLoader.Parse("t.json", Encoding.UTF8.GetBytes($$"""
            { {{limits}} "regions": [
                { "name": "left", "x": 0, "y": 0, "width": 0.5, "height": 1, "on": 0.5, "off": 0.3, {{left}} },
                { "name": "right", "x": 0.5, "y": 0, "width": 0.5, "height": 1, "on": 0.5, "off": 0.3, "channel": 2, {{right}} }
            ] }
            """)) with { Time = time };

    public static MusicalTime At(double bpm, string grid, double swing = 0) => new(bpm, GridDivision.Find(grid), swing);

    public static TimeSpan FrameTime(int index) => TimeSpan.FromTicks(TimeSpan.TicksPerSecond * index / 30);

    /// <summary>Plays frames (left lit, right lit) through <paramref name="processor"/>, then finishes at the end of the last.</summary>
    public static List<NoteEvent> Play(FrameProcessor processor, IReadOnlyList<(bool Left, bool Right)> frames)
    {
        var events = new List<NoteEvent>();
        for (var f = 0; f < frames.Count; f++)
        {
            events.AddRange(processor.Process(Picture(frames[f].Left, frames[f].Right, f)).ToArray());
        }

        events.AddRange(processor.Finish(FrameTime(frames.Count)).ToArray());
        return events;
    }

    public static VideoFrame Picture(bool left, bool right, int index) =>
        new(new LumaPlane(Width, Height, Width, Pixels(left, right)), FrameTime(index), index);

    public static byte[] Pixels(bool left, bool right)
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

    public static (bool, bool)[] Pattern(params string[] spans)
    {
        // Each span "LR:n": n frames with the halves lit as L and R say (1 lit, 0 dark).
        var frames = new List<(bool, bool)>();
        foreach (var span in spans)
        {
            var parts = span.Split(':');
            for (var i = 0; i < int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture); i++)
            {
                frames.Add((parts[0][0] == '1', parts[0][1] == '1'));
            }
        }

        return [.. frames];
    }

    public static bool OnLine(MusicalTime time, TimeSpan t)
    {
        var line = time.LineAtOrAfter(time.Quantize!, t);
        return time.LineTime(time.Quantize!, line) == t;
    }
}
