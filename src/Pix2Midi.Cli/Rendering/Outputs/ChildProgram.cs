using System.Diagnostics;
using System.Text;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>Runs a program to its end (ffmpeg muxing a video), with what it wrote to standard error; killed when the run is cancelled.</summary>
internal static class ChildProgram
{
    /// <summary>What a finished program returned and printed on standard error.</summary>
    public sealed record Result(int ExitCode, string Error);

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the program was killed.</exception>
    public static Result Run(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var error = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (error)
                {
                    error.Append(e.Data).Append('\n');
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        using (cancellationToken.Register(() =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended meanwhile.
            }
        }))
        {
            process.WaitForExit();
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (error)
        {
            return new Result(process.ExitCode, error.ToString());
        }
    }
}
