namespace Pix2Midi.Testing;

/// <summary>What a finished external program left behind.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Throws with both streams when the program failed.</summary>
    public ToolResult EnsureSuccess(string what)
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited {ExitCode}:\n{StandardError}\n{StandardOutput}");
        }

        return this;
    }
}
