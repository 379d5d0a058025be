using Pix2Midi.Midi.Backends.Jack;

namespace Pix2Midi.Midi.Tests.Backends.Jack;

public class JackScheduleTests
{
    private const long Nanoseconds = 1_000_000_000;

    [Theory]
    [InlineData(30, 1600)]
    [InlineData(25, 1920)]
    [InlineData(60, 800)]
    public void Messages_due_a_frame_apart_land_exactly_that_many_samples_apart(int fps, int samples)
    {
        var schedule = new JackSchedule(48000, Nanoseconds);
        var first = 123_456_789_012L;
        schedule.Anchor(first, first - 20_000_000, 1_000);

        for (var k = 0; k < 10_000; k++)
        {
            var due = first + (long)Math.Round(k * (double)Nanoseconds / fps);
            Assert.Equal(1_000u + 960u + (uint)(k * samples), schedule.FrameAt(due));
        }
    }

    [Fact]
    public void The_anchor_is_the_frame_jack_will_be_at_when_the_first_message_is_due()
    {
        var schedule = new JackSchedule(48000, Nanoseconds);

        schedule.Anchor(dueTimestamp: 5_000_000_000, nowTimestamp: 4_980_000_000, nowFrame: 96_000);

        Assert.Equal(96_000u + 960u, schedule.FrameAt(5_000_000_000));
        Assert.Equal(96_000u, schedule.FrameAt(4_980_000_000));
        Assert.Equal(96_000u + 960u - 2400u, schedule.FrameAt(4_950_000_000));
    }

    [Fact]
    public void Frames_wrap_like_jack_nframes_t_and_differences_stay_signed()
    {
        var schedule = new JackSchedule(48000, Nanoseconds);
        schedule.Anchor(0, 0, uint.MaxValue - 100);

        var later = schedule.FrameAt(Nanoseconds / 100);

        Assert.Equal(379u, later);
        Assert.Equal(480, JackSchedule.Difference(later, uint.MaxValue - 100));
        Assert.Equal(-480, JackSchedule.Difference(uint.MaxValue - 100, later));
    }

    [Theory]
    [InlineData(10_416, 0)]
    [InlineData(10_417, 1)]
    [InlineData(-10_416, 0)]
    [InlineData(-10_417, -1)]
    [InlineData(1_000_000_000, 48000)]
    public void Durations_round_to_the_nearest_frame(long ticks, long frames)
    {
        Assert.Equal(frames, new JackSchedule(48000, Nanoseconds).FramesIn(ticks));
    }

    [Fact]
    public void Shifting_moves_every_later_frame()
    {
        var schedule = new JackSchedule(48000, Nanoseconds);
        schedule.Anchor(0, 0, 1000);

        schedule.Shift(-24);

        Assert.Equal(976u + 48000u, schedule.FrameAt(Nanoseconds));
    }

    [Fact]
    public void Other_stopwatch_frequencies_give_the_same_frames()
    {
        var schedule = new JackSchedule(44100, 10_000_000);
        schedule.Anchor(0, 0, 0);

        Assert.Equal(1470u, schedule.FrameAt(333_333));
        Assert.Equal(44100u, schedule.FrameAt(10_000_000));
    }
}
