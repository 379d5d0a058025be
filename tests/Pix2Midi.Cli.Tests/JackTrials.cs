using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// Runs a trial against its own JACK server (<see cref="JackRig"/>) again, up to three times in
/// all, when what failed was at the receiver's end while jackd logged an xrun: on this VM an xrun
/// can lose a message inside JACK or a period from a recording, after Pix2Midi did its part.
/// </summary>
/// <remarks>
/// The trial says which failures are the receiver's by throwing <see cref="LostAtReceiverException"/>;
/// anything else, Pix2Midi's failures above all, fails at once. Each retry is logged.
/// </remarks>
public static class JackTrials
{
    private const int Attempts = 3;

    public static async Task RunAsync(ITestOutputHelper log, Func<JackRig, Task> trial)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var rig = JackRig.Start();
            try
            {
                await trial(rig);
                return;
            }
            catch (LostAtReceiverException e) when (attempt < Attempts && rig.ServerLog.Contains("XRun", StringComparison.Ordinal))
            {
                log.WriteLine($"tried again: {e.Message}\njackd: {rig.ServerLog}");
            }
            catch (LostAtReceiverException e)
            {
                throw new InvalidOperationException($"{e.Message}\njackd: {rig.ServerLog}", e);
            }
        }
    }
}
