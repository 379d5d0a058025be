namespace Pix2Midi.Cli.Tests.Wine;

/// <summary>
/// A fact that runs the Windows build under Wine: it needs <c>wine</c> (Debian's <c>wine64</c>) and
/// <c>npm</c> (to fetch the Windows <c>ffmpeg.exe</c> and <c>ffprobe.exe</c>). Skipped with the reason
/// when one is missing, except in CI (<c>CI=true</c>), where <c>.ci/run</c> installs them and a
/// missing one fails the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WineFactAttribute : FactAttribute
{
    public WineFactAttribute()
    {
        Skip = ExternalTool.SkipReason(["wine", "npm"]);
    }
}
