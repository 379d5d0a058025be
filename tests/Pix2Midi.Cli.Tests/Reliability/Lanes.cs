namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>Runs trials a few at a time, each lane taking the next trial when it is free.</summary>
public static class Lanes
{
    public static async Task<IReadOnlyList<TResult>> RunAsync<TTrial, TResult>(IReadOnlyList<TTrial> trials, int lanes, Func<TTrial, int, Task<TResult>> run)
    {
        var results = new TResult[trials.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < trials.Count)
            {
                results[index] = await run(trials[index], lane);
            }
        })));
        return results;
    }
}
