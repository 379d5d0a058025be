namespace Pix2Midi.Video.Tests.Libav;

/// <summary>
/// A fact that compiles against FFmpeg's headers with gcc: skipped, with the reason, where either is
/// missing, except in CI (<c>CI=true</c>), where <c>.ci/run</c> installs both and a missing one must
/// fail the run instead of hiding it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FfmpegHeadersFactAttribute : FactAttribute
{
    public FfmpegHeadersFactAttribute()
    {
        Skip = FfmpegHeaders.SkipReason();
    }
}
