using OpenCvSharp;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// Draws what the preview window shows: the frame in colour (in grey when the source gave no
/// colour), every region outlined and labelled (name and what it plays), the regions that are
/// sounding lit, what regions read (a swatch of the mean colour, a cross at the centre of
/// position: see <see cref="ReadingMarks"/>), and a status line below.
/// </summary>
/// <remarks>
/// Frames larger than <see cref="MaxWidth"/>×<see cref="MaxHeight"/> are scaled down first, so
/// labels stay readable; regions are drawn at the displayed size. A region's outline is the
/// 1-pixel border of its pixel rectangle (<see cref="NormalizedRect.ToPixels"/>);
/// a lit region is tinted <see cref="LitFill"/> at <see cref="LitAlpha"/> and outlined twice as
/// thick in <see cref="LitOutline"/>. Colour frames are turned into BGR by
/// <see cref="FrameColours"/>. The canvas and buffers are reused from frame to frame. Used by the
/// drawing thread only.
/// </remarks>
internal sealed class PreviewRenderer : IDisposable
{
    public const int MaxWidth = 1280;
    public const int MaxHeight = 720;
    public const int StatusHeight = 22;
    public const double LitAlpha = 0.45;
    public const double LabelScale = 0.4;

    /// <summary>Outline of a region at rest (BGR: a light blue).</summary>
    public static readonly Scalar Outline = new(255, 191, 0);

    /// <summary>Outline of a sounding region (BGR: yellow).</summary>
    public static readonly Scalar LitOutline = new(0, 255, 255);

    /// <summary>Tint of a sounding region (BGR: orange).</summary>
    public static readonly Scalar LitFill = new(0, 140, 255);

    private readonly Mat _canvas = new();
    private PreviewLayout? _layout;
    private readonly Mat _scaled = new();
    private byte[] _bgr = [];

    /// <summary>The last picture drawn (the one handed to the window).</summary>
    public Mat Canvas => _canvas;

    /// <summary>The size a frame is shown at: its own, or scaled down to fit <see cref="MaxWidth"/>×<see cref="MaxHeight"/>.</summary>
    public static Size DisplaySize(int width, int height)
    {
        var scale = Math.Min(1.0, Math.Min((double)MaxWidth / width, (double)MaxHeight / height));
        return new Size(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    /// <summary>What a lit pixel of grey <paramref name="grey"/> becomes, per BGR channel.</summary>
    public static (int B, int G, int R) LitColour(byte grey)
    {
        var dimmed = (int)Math.Round(grey * (1 - LitAlpha), MidpointRounding.ToEven);
        return (Add(dimmed, LitFill.Val0), Add(dimmed, LitFill.Val1), Add(dimmed, LitFill.Val2));

        static int Add(int value, double fill) => Math.Clamp((int)Math.Round(value + (fill * LitAlpha), MidpointRounding.ToEven), 0, 255);
    }

    /// <summary>Draws <paramref name="frame"/> with <paramref name="regions"/> over it and <paramref name="status"/> below.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="regions">The mapping's regions.</param>
    /// <param name="isLit">Whether a region is sounding.</param>
    /// <param name="status">The status line.</param>
    /// <param name="readings">The frame's measurement of each region (see <see cref="PreviewReadings"/>), or null to draw no readings.</param>
    /// <returns>The canvas (<see cref="Canvas"/>).</returns>
    public Mat Render(PreviewFrame frame, IReadOnlyList<MappedRegion> regions, Func<MappedRegion, bool> isLit, string status, IReadOnlyList<RegionMeasurement>? readings = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(isLit);
        var size = DisplaySize(frame.Width, frame.Height);
        _canvas.Create(size.Height + StatusHeight, size.Width, MatType.CV_8UC3);
        using var video = _canvas[new Rect(0, 0, size.Width, size.Height)];
        var scaled = size.Width != frame.Width || size.Height != frame.Height;
        if (frame.HasColour)
        {
            var length = frame.Width * frame.Height * 3;
            if (_bgr.Length < length)
            {
                _bgr = new byte[length];
            }

            FrameColours.ToBgr(frame, _bgr);
            using var colour = Mat.FromPixelData(frame.Height, frame.Width, MatType.CV_8UC3, _bgr);
            if (scaled)
            {
                Cv2.Resize(colour, _scaled, size, 0, 0, InterpolationFlags.Area);
                _scaled.CopyTo(video);
            }
            else
            {
                colour.CopyTo(video);
            }
        }
        else
        {
            using var luma = Mat.FromPixelData(frame.Height, frame.Width, MatType.CV_8UC1, frame.Pixels);
            if (scaled)
            {
                Cv2.Resize(luma, _scaled, size, 0, 0, InterpolationFlags.Area);
                Cv2.CvtColor(_scaled, video, ColorConversionCodes.GRAY2BGR);
            }
            else
            {
                Cv2.CvtColor(luma, video, ColorConversionCodes.GRAY2BGR);
            }
        }

        if (_layout is null || !_layout.IsFor(regions, size))
        {
            // Rectangles, labels and swatch rows change only with the mapping or the picture's size.
            _layout = new PreviewLayout(regions, size, LabelScale);
        }

        var rects = _layout.Rects;
        var lit = new bool[regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            lit[i] = isLit(regions[i]);
            if (lit[i])
            {
                var r = rects[i];
                using var area = video[new Rect(r.Left, r.Top, r.Width, r.Height)];
                area.ConvertTo(area, -1, 1 - LitAlpha, 0);
                Cv2.Add(area, new Scalar(LitFill.Val0 * LitAlpha, LitFill.Val1 * LitAlpha, LitFill.Val2 * LitAlpha), area);
            }
        }

        for (var i = 0; i < regions.Count; i++)
        {
            var r = rects[i];
            Cv2.Rectangle(video, new Rect(r.Left, r.Top, r.Width, r.Height), lit[i] ? LitOutline : Outline, 1, LineTypes.Link8);
            if (lit[i] && r.Width > 4 && r.Height > 4)
            {
                Cv2.Rectangle(video, new Rect(r.Left + 1, r.Top + 1, r.Width - 2, r.Height - 2), LitOutline, 1, LineTypes.Link8);
            }
        }

        for (var i = 0; i < regions.Count; i++)
        {
            if (_layout.Labels[i] is { } label)
            {
                Cv2.Rectangle(video, label.Box, Scalar.Black, -1, LineTypes.Link8);
                Cv2.PutText(video, label.Text, label.Origin, HersheyFonts.HersheySimplex, LabelScale, lit[i] ? LitOutline : Scalar.White, 1, LineTypes.AntiAlias);
            }
        }

        if (readings is not null)
        {
            for (var i = 0; i < regions.Count && i < readings.Count; i++)
            {
                ReadingMarks.Draw(video, regions[i], rects[i], readings[i], LabelScale, _layout.Slots[i]);
            }
        }

        using var bar = _canvas[new Rect(0, size.Height, size.Width, StatusHeight)];
        bar.SetTo(Scalar.Black);
        if (!string.IsNullOrEmpty(status))
        {
            Cv2.PutText(_canvas, status, new Point(6, size.Height + 15), HersheyFonts.HersheySimplex, 0.42, Scalar.White, 1, LineTypes.AntiAlias);
        }

        return _canvas;
    }

    public void Dispose()
    {
        _scaled.Dispose();
        _canvas.Dispose();
    }
}
