using OpenCvSharp;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Mappings;

/// <summary>
/// One frame of a video, as the mapping engine saw it in a render (its measurements and which
/// regions were sounding, from playing every frame up to it) and as a person sees it (BGR).
/// </summary>
/// <remarks>
/// The video is decoded once, with its colour planes: the picture is the very frame that was
/// measured, turned into BGR (<see cref="FrameColours"/>); every decoder gives colour planes when
/// asked, so a picture without them is a grey video's, and is drawn in grey.
/// </remarks>
internal sealed class FrameGrab : IDisposable
{
    private FrameGrab(Mat picture, PreviewFrame frame, long index, TimeSpan time, RegionMeasurement[] measurements, bool[] lit, bool pastEnd)
    {
        Picture = picture;
        Frame = frame;
        Index = index;
        Time = time;
        Measurements = measurements;
        Lit = lit;
        PastEnd = pastEnd;
    }

    /// <summary>The frame in colour (BGR); a grey video's in grey.</summary>
    public Mat Picture { get; }

    /// <summary>The frame's planes as decoded: its luma, and its colour when the decoder gave colour.</summary>
    public PreviewFrame Frame { get; }

    public long Index { get; }

    public TimeSpan Time { get; }

    public RegionMeasurement[] Measurements { get; }

    public bool[] Lit { get; }

    /// <summary>Whether the time asked for was past the last frame (the last frame is shown).</summary>
    public bool PastEnd { get; }

    /// <summary>The frame showing at <paramref name="at"/> (the last whose time is not after it); null <paramref name="at"/> means the middle of the video.</summary>
    /// <param name="video">The video file.</param>
    /// <param name="mapping">The mapping whose measurements are wanted.</param>
    /// <param name="at">The time asked for.</param>
    /// <param name="decoder">The decoder, chosen as <c>render</c> chooses it, so the frame analysed is the one <c>render</c> analyses at that time, damaged files included.</param>
    /// <exception cref="FrameSourceException">The video cannot be read.</exception>
    public static FrameGrab At(string video, Mapping mapping, TimeSpan? at, VideoDecoder decoder = VideoDecoder.Auto)
    {
        using var source = VideoFiles.Open(video, new VideoFileOptions { Decoder = decoder, Planes = FramePlanes.Colour });
        var info = source.Info;
        var target = at ?? (info.Duration is { } duration ? duration / 2 : TimeSpan.Zero);
        var processor = new FrameProcessor(mapping, info.Width, info.Height);
        var grabbed = new PreviewFrame();
        var measurements = new RegionMeasurement[mapping.Regions.Length];
        var lit = new bool[mapping.Regions.Length];
        long index = -1;
        var time = TimeSpan.Zero;
        var pastEnd = true;
        while (source.TryReadFrame(out var frame))
        {
            if (index >= 0 && frame.Timestamp > target)
            {
                pastEnd = false;
                break;
            }

            _ = processor.Process(frame);
            index = frame.Index;
            time = frame.Timestamp;
            grabbed.CopyFrom(frame.Luma, frame.Chroma, 0, frame.Timestamp);

            for (var i = 0; i < measurements.Length; i++)
            {
                measurements[i] = processor.Measurement(i);
                lit[i] = processor.IsLit(i);
            }
        }

        if (index < 0)
        {
            grabbed.CopyFrom(new LumaPlane(info.Width, info.Height, info.Width, new byte[info.Width * info.Height]), 0, TimeSpan.Zero);
        }

        var picture = FrameColours.ToMat(grabbed);
        return new FrameGrab(picture, grabbed, index, time, measurements, lit, pastEnd && at is not null && target > time);
    }

    public void Dispose() => Picture.Dispose();
}
