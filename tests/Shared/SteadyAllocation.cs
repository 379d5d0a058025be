namespace Pix2Midi.Testing;

/// <summary>
/// What a piece of code allocates once warm, on this thread. The runtime itself may allocate on
/// the thread the first times a loop runs (tiering up the method that holds it); so the loop runs
/// in a few trials, and the least any trial allocated is the code's own figure: something the code
/// allocates every time shows in every trial.
/// </summary>
public static class SteadyAllocation
{
    /// <summary>Runs <paramref name="body"/> <paramref name="iterations"/> times per trial and returns the fewest bytes a trial allocated.</summary>
    public static long Least(Action<int> body, int iterations, int trials = 3)
    {
        ArgumentNullException.ThrowIfNull(body);
        var least = long.MaxValue;
        for (var trial = 0; trial < trials && least > 0; trial++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                body(i);
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
