using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback.Live;

public class LatestFrameTests
{
    [Fact]
    public void Only_the_newest_picture_waits_and_the_replaced_ones_are_counted()
    {
        var mailbox = new LatestFrame();
        Publish(mailbox, 1);
        Publish(mailbox, 2);
        Publish(mailbox, 3);

        var taken = mailbox.TakeFrame();

        Assert.Equal(3, taken!.Luma.Pixels[0]);
        Assert.Equal(3, taken.CaptureTimestamp);
        Assert.Null(mailbox.TakeFrame());
        Assert.Equal(2, mailbox.Overwritten);
        Assert.Equal(3, mailbox.Published);
    }

    [Fact]
    public void A_picture_keeps_its_colour_planes_and_a_grey_one_has_none()
    {
        var mailbox = new LatestFrame();
        var luma = new byte[8 * 4];
        byte[] u = [10, 20, 30, 40, 0, 0, 50, 60, 70, 80, 0, 0];
        byte[] v = [90, 100, 110, 120, 0, 0, 130, 140, 150, 160, 0, 0];
        mailbox.Publish(new LumaPlane(8, 4, 8, luma), new ChromaPlanes(4, 2, 6, 1, 1, u, v, fullRange: true), 1, 0);

        var taken = mailbox.TakeFrame()!;
        var chroma = taken.Chroma;
        Assert.Equal((4, 2, 1, 1, true), (chroma.Width, chroma.Height, chroma.ShiftX, chroma.ShiftY, chroma.FullRange));
        Assert.Equal([50, 60, 70, 80], chroma.URow(1).ToArray());
        Assert.Equal([130, 140, 150, 160], chroma.VRow(1).ToArray());

        mailbox.Publish(new LumaPlane(8, 4, 8, luma), 2, 0);
        Assert.True(mailbox.TakeFrame()!.Chroma.IsEmpty);
    }

    [Fact]
    public void A_picture_being_read_is_never_written_over()
    {
        var mailbox = new LatestFrame();
        Publish(mailbox, 1);
        var reading = mailbox.TakeFrame()!;
        for (byte level = 2; level < 20; level++)
        {
            Publish(mailbox, level);
        }

        Assert.Equal(1, reading.Luma.Pixels[0]);
        Assert.Equal(19, mailbox.TakeFrame()!.Luma.Pixels[0]);
        Assert.Equal(17, mailbox.Overwritten);
    }

    [Fact]
    public void Capture_events_arrive_in_order_and_wake_the_reader()
    {
        var mailbox = new LatestFrame();
        mailbox.Post(new CaptureEvent(CaptureEventKind.Lost, "a", 1, TimeSpan.Zero));
        mailbox.Post(new CaptureEvent(CaptureEventKind.OpenFailed, "b", 2, TimeSpan.Zero));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        mailbox.Wait(TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.True(mailbox.TryTakeEvent(out var first));
        Assert.True(mailbox.TryTakeEvent(out var second));
        Assert.False(mailbox.TryTakeEvent(out _));
        Assert.Equal(("a", "b"), (first.Reason, second.Reason));
    }

    [Fact]
    public void Pictures_with_padded_rows_are_copied_tightly()
    {
        var mailbox = new LatestFrame();
        var padded = new byte[] { 1, 2, 0, 0, 3, 4, 0, 0 };

        mailbox.Publish(new LumaPlane(2, 2, 4, padded), 7, 0);

        Assert.Equal([1, 2, 3, 4], mailbox.TakeFrame()!.Luma.Pixels.ToArray());
    }

    private static void Publish(LatestFrame mailbox, byte level) => mailbox.Publish(new LumaPlane(4, 4, 4, Enumerable.Repeat(level, 16).ToArray()), level, 0);
}
