using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback.Live;

public class RetryBackoffTests
{
    [Fact]
    public void Doubles_from_half_a_second_to_eight_and_starts_again_after_a_success()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(8));

        Assert.Equal([0.5, 1, 2, 4, 8, 8, 8], Enumerable.Range(0, 7).Select(_ => backoff.Take().TotalSeconds));
        Assert.Equal(7, backoff.Attempts);

        backoff.Reset();

        Assert.Equal(0.5, backoff.Take().TotalSeconds);
        Assert.Equal(1, backoff.Attempts);
    }
}
