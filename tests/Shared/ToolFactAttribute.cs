namespace Pix2Midi.Testing;

/// <summary>
/// A fact that needs external programs (ffmpeg, midicsv…). It is skipped, with the reason, when one
/// is missing, except in CI (<c>CI=true</c>), where <c>.ci/run</c> installs them and a missing
/// program must fail the run instead of hiding it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Skip = ExternalTool.SkipReason(tools);
    }
}
