namespace Pix2Midi.Testing;

/// <summary>A theory that needs external programs; see <see cref="ToolFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        Skip = ExternalTool.SkipReason(tools);
    }
}
