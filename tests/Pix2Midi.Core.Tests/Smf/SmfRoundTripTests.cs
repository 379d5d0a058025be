using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

public class SmfRoundTripTests
{
    private static readonly int[] Channels = [0, 3, 9, 15];

    [Theory]
    [InlineData(30, 1)]
    [InlineData(25, 1)]
    [InlineData(30000, 1001)]
    [InlineData(24000, 1001)]
    public void Reads_back_what_it_wrote_on_several_channels(int numerator, int denominator)
    {
        var rate = new FrameRate(numerator, denominator);
        var timeBase = SmfTimeBase.ForFrameRate(rate);
        var ticksPerFrame = timeBase.TicksPerFrame(rate)!.Value;
        var events = Performance(rate, frames: 400);
        var names = new Dictionary<int, string> { [3] = "Bass", [9] = "Drums" };

        var file = SmfReader.Read(SmfWriter.ToBytes(timeBase, events, new SmfWriteOptions { ChannelNames = names }));

        Assert.Equal(1, file.Format);
        Assert.Equal(timeBase.TicksPerQuarter, file.TicksPerQuarter);
        Assert.Equal(500_000, file.MicrosecondsPerQuarterAt(0));
        Assert.Equal(["Pix2Midi", "Channel 1", "Bass", "Drums", "Channel 16"], file.Tracks.Select(t => t.Name));
        Assert.Empty(file.Tracks[0].ChannelEvents);
        for (var i = 0; i < Channels.Length; i++)
        {
            var expected = events
                .Where(e => e.Channel == Channels[i])
                .Select(e => (Tick: timeBase.ToTick(e.Time), e.Status, e.Data1, e.Data2))
                .OrderBy(e => e.Tick)
                .ToList();
            var actual = file.Tracks[i + 1].ChannelEvents.Select(e => (e.Tick, e.Status, e.Data1, e.Data2)).ToList();
            Assert.Equal(expected, actual);
            Assert.All(actual, e => Assert.Equal(0, e.Tick % ticksPerFrame));
        }

        Assert.Equal(events.Count, file.ChannelEvents.Count());
    }

    [Fact]
    public void Reads_back_times_within_half_a_tick_of_the_originals()
    {
        var timeBase = SmfTimeBase.Fine;
        var events = new List<NoteEvent>();
        var random = new Random(7);
        var time = TimeSpan.Zero;
        for (var i = 0; i < 300; i++)
        {
            // Variable frame rate: arbitrary 100 ns steps.
            time += TimeSpan.FromTicks(random.Next(1, 1_000_000));
            events.Add(i % 2 == 0 ? NoteEvent.NoteOn(time, 0, 60, 100) : NoteEvent.NoteOff(time, 0, 60));
        }

        var file = SmfReader.Read(SmfWriter.ToBytes(timeBase, events));

        var halfTick = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 60_000 / 2 + 1);
        var readBack = file.ChannelEvents.Select(e => file.ToTime(e.Tick)).ToList();
        Assert.Equal(events.Count, readBack.Count);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.InRange(readBack[i] - events[i].Time, -halfTick, halfTick);
        }
    }

    /// <summary>A few hundred events over four channels in time order, with same-frame releases and re-strikes.</summary>
    private static List<NoteEvent> Performance(FrameRate rate, int frames)
    {
        var random = new Random(1234);
        var events = new List<NoteEvent>();
        var sounding = new int?[16];
        for (var frame = 0; frame < frames; frame++)
        {
            var time = TimeSpan.FromTicks((long)Math.Round(frame * 1e7 * rate.Denominator / rate.Numerator));
            foreach (var channel in Channels)
            {
                if (random.Next(4) != 0)
                {
                    continue;
                }

                if (sounding[channel] is { } note)
                {
                    events.Add(NoteEvent.NoteOff(time, channel, note));
                    sounding[channel] = null;
                }

                if (random.Next(3) == 0)
                {
                    events.Add(NoteEvent.ControlChange(time, channel, 1, random.Next(128)));
                }
                else
                {
                    var next = random.Next(36, 96);
                    events.Add(NoteEvent.NoteOn(time, channel, next, random.Next(1, 128)));
                    sounding[channel] = next;
                }
            }
        }

        return events;
    }
}
