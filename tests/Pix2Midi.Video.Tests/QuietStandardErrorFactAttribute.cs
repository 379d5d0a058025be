using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Video.Tests;

/// <summary>
/// A fact that captures native standard error: it needs ffmpeg, Unix file descriptors, and no
/// FFmpeg log level chosen by whoever runs the tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QuietStandardErrorFactAttribute : FactAttribute
{
    public QuietStandardErrorFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "redirects file descriptor 2, which is Unix only";
        }
        else if (Environment.GetEnvironmentVariable(OpenCvRuntime.FfmpegLogLevelVariable) is { } level)
        {
            Skip = $"{OpenCvRuntime.FfmpegLogLevelVariable}={level} is set, so FFmpeg is meant to print";
        }
        else
        {
            Skip = ExternalTool.SkipReason(["ffmpeg"]);
        }
    }
}
