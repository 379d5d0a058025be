using System.Globalization;
using OpenCvSharp;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Cli.Mappings;

/// <summary>
/// <c>pix2midi mapping preview FILE --video VIDEO [--at TIME] [-o PNG]</c>: a frame with every
/// region outlined and labelled with its name, what it plays and its value, sounding regions in yellow.
/// </summary>
internal sealed class MappingPreviewService(TextWriter output, TextWriter error)
{
    /// <summary>Height of the caption strip added below the frame.</summary>
    public const int CaptionHeight = 28;

    public int Run(PreviewRequest request) =>
        CommandErrors.Run(error, () => Preview(request), "Stopped; no preview was written.");

    private int Preview(PreviewRequest request)
    {
        TimeSpan? at = null;
        if (request.At is not null)
        {
            if (!TimeArgument.TryParse(request.At, out var parsed))
            {
                error.WriteLine($"error: --at {request.At}: give a time such as 2.5, 2.5s, 1500ms or 1:02.5");
                return ExitCodes.Usage;
            }

            at = parsed;
        }

        var outputPath = request.Output ?? Path.GetFileNameWithoutExtension(request.Video.TrimEnd('/', '\\')) + "-preview.png";
        AtomicOutputFile.RequireExtension(outputPath, "the preview", ".png");

        var mappingPath = MappingResolver.Resolve(request.Mapping);
        var mapping = MappingLoader.Load(mappingPath);
        if (OpenCvRuntime.Load() is { } missing)
        {
            // Before any decoding: the picture is drawn with OpenCV.
            throw new UserInputException($"{outputPath}: cannot draw the preview: {missing}");
        }

        using var file = AtomicOutputFile.Create(outputPath, "preview.png");
        using var grab = FrameGrab.At(request.Video, mapping, at, request.Decoder);
        try
        {
            Draw(grab, mapping, file, request, outputPath);
        }
        catch (OpenCVException e)
        {
            throw new UserInputException($"{outputPath}: drawing the preview failed: {e.Message}");
        }

        return ExitCodes.Success;
    }

    private void Draw(FrameGrab grab, Mapping mapping, AtomicOutputFile file, PreviewRequest request, string outputPath)
    {
        RegionOverlay.Draw(grab.Picture, mapping, grab.Measurements, grab.Lit);
        var sounding = grab.Lit.Count(l => l);
        var caption = string.Create(CultureInfo.InvariantCulture, $"{mapping.Name}: {mapping.Regions.Length} regions, frame {grab.Index} at {grab.Time.TotalSeconds:0.000} s, {sounding} sounding (yellow)");
        using var canvas = Caption(grab.Picture, caption);
        Cv2.ImEncode(".png", canvas, out var png);
        file.Stream.Write(png);
        file.Commit();
        if (grab.PastEnd)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: --at {request.At} is past the last frame; showing the last frame, at {grab.Time.TotalSeconds:0.000} s"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {outputPath}: {Path.GetFileName(request.Video)} frame {grab.Index} at {grab.Time.TotalSeconds:0.000} s with the {mapping.Regions.Length} regions of {mapping.Name}; {sounding} sounding."));
    }

    private static Mat Caption(Mat picture, string text)
    {
        var canvas = new Mat(picture.Rows + CaptionHeight, picture.Cols, MatType.CV_8UC3, new Scalar(24, 24, 24));
        using (var top = canvas[new Rect(0, 0, picture.Cols, picture.Rows)])
        {
            picture.CopyTo(top);
        }

        Cv2.PutText(canvas, text, new Point(6, picture.Rows + 19), HersheyFonts.HersheySimplex, 0.5, new Scalar(230, 230, 230), 1, LineTypes.AntiAlias);
        return canvas;
    }
}
