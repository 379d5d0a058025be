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

    /// <summary>Stopped by Ctrl+C, SIGINT (128 + 2). Also what a command returns when its token is cancelled.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15), as a service manager or <c>kill</c> stops a process.</summary>
    public const int Terminated = 143;

    /// <summary>Stopped by SIGHUP (128 + 1): the terminal or SSH session closed.</summary>
    public const int HungUp = 129;
}
