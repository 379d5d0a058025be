using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class DamageTrackerTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);

    [Fact]
    public void A_failure_near_a_gap_counts_the_frames_the_gap_misses_at_their_place()
    {
        var tracker = new DamageTracker(Frame);
        Feed(tracker, 0, 117);
        tracker.Failure(118); // reported a little before the frames it cost
        Feed(tracker, 118, 119);
        tracker.Frame(120, Frame * 121); // 120 missing
        tracker.Frame(121, Frame * 123); // 122 missing
        tracker.Frame(122, Frame * 124);

        Assert.Equal(2, tracker.Skipped);
        Assert.Equal([new SkippedSpan(Frame * 120, Frame * 122, 2)], tracker.Spans());
    }

    [Fact]
    public void A_gap_reported_before_its_failure_is_still_its_doing()
    {
        var tracker = new DamageTracker(Frame);
        Feed(tracker, 0, 49);
        tracker.Frame(50, Frame * 53); // three frames missing, reported later by the decoder
        tracker.Frame(51, Frame * 54);
        tracker.Failure(52, 2);

        Assert.Equal(3, tracker.Skipped);
        Assert.Equal([new SkippedSpan(Frame * 50, Frame * 52, 3)], tracker.Spans());
    }

    [Fact]
    public void Gaps_far_from_any_failure_are_the_videos_own()
    {
        var tracker = new DamageTracker(Frame);
        Feed(tracker, 0, 9);
        tracker.Frame(10, Frame * 30); // a variable-rate pause
        tracker.Frame(11, Frame * 31);

        Assert.Equal(0, tracker.Skipped);
        Assert.Empty(tracker.Spans());
    }

    [Fact]
    public void A_failure_with_no_gap_counts_one_frame_after_the_last_good_one()
    {
        var tracker = new DamageTracker(null);
        tracker.Frame(0, TimeSpan.Zero);
        tracker.Frame(1, TimeSpan.FromSeconds(1));
        tracker.Failure(2);
        tracker.Frame(2, TimeSpan.FromSeconds(2));

        Assert.Equal(1, tracker.Skipped);
        Assert.Equal([new SkippedSpan(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), 1)], tracker.Spans());
    }

    [Fact]
    public void Separate_damage_is_reported_in_separate_places()
    {
        var tracker = new DamageTracker(Frame);
        Feed(tracker, 0, 99);
        tracker.Failure(100);
        tracker.Frame(100, Frame * 101);
        Feed(tracker, 101, 299, offset: 1);
        tracker.Failure(300);
        tracker.Frame(300, Frame * 302);

        Assert.Equal(2, tracker.Skipped);
        Assert.Equal([new SkippedSpan(Frame * 100, Frame * 100, 1), new SkippedSpan(Frame * 301, Frame * 301, 1)], tracker.Spans());
    }

    [Fact]
    public void Nothing_is_allocated_while_nothing_is_damaged()
    {
        var tracker = new DamageTracker(Frame);
        tracker.Frame(0, TimeSpan.Zero);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Feed(tracker, 1, 10_000);
        tracker.Frame(10_001, Frame * 20_000); // a long pause, far from any failure

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0, tracker.Skipped);
    }

    private static void Feed(DamageTracker tracker, long from, long to, long offset = 0)
    {
        for (var i = from; i <= to; i++)
        {
            tracker.Frame(i, Frame * (i + offset));
        }
    }
}
