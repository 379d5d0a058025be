using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>Draws calibration.mp4 from <see cref="CalibrationSchedule"/>.</summary>
public static class CalibrationRenderer
{
    private const int ConstantRateFactor = 10;
    private const int KeyframeInterval = 30;

    public static void Render(string outputPath)
    {
        var settings = new EncoderSettings(
            CalibrationSchedule.Width,
            CalibrationSchedule.Height,
            CalibrationSchedule.FramesPerSecond,
            ConstantRateFactor,
            KeyframeInterval);

        using var frame = new Mat(CalibrationSchedule.Height, CalibrationSchedule.Width, MatType.CV_8UC3, Scalar.All(0));
        using var encoder = new FfmpegEncoder(outputPath, settings);
        for (var n = 0; n < CalibrationSchedule.FrameCount; n++)
        {
            frame.SetTo(Scalar.All(0));
            for (var cell = 0; cell < CalibrationSchedule.CellCount; cell++)
            {
                if (!CalibrationSchedule.IsLit(cell, n))
                {
                    continue;
                }

                var cellRect = new Rect(
                    CalibrationSchedule.Column(cell) * CalibrationSchedule.CellWidth,
                    CalibrationSchedule.Row(cell) * CalibrationSchedule.CellHeight,
                    CalibrationSchedule.CellWidth,
                    CalibrationSchedule.CellHeight);
                using var region = new Mat(frame, cellRect);
                region.SetTo(Scalar.All(CalibrationSchedule.Level(cell)));
            }

            encoder.WriteFrame(frame);
        }

        encoder.Finish();
    }
}
