namespace Pix2Midi.Cli;

/// <summary>What <c>pix2midi</c> exits with (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>An input could not be used (video, mapping, output path) or the work failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
