namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>
/// A fact that packs the tool, and so needs, besides the programs it names, what a native build
/// links with on Linux and macOS: a C compiler (<c>clang</c> or <c>gcc</c>). Skipped when one is
/// missing, except in CI, where <c>.ci/run</c> installs them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PackFactAttribute : FactAttribute
{
    public PackFactAttribute(params string[] tools)
    {
        Skip = ExternalTool.SkipReason(tools)
            ?? (!ExternalTool.InCi && !OperatingSystem.IsWindows() && ExternalTool.Find("clang") is null && ExternalTool.Find("gcc") is null
                ? "needs a C compiler (clang or gcc) on PATH to pack the native tool (.ci/run installs gcc)"
                : null);
    }
}
