using Pix2Midi.Core.Events;
using Pix2Midi.Cli.Tests.Live;
using Pix2Midi.Core.Smf;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Cli.Tests.Colour;

/// <summary>
/// A red burst and a green burst play different things: each colour region plays at its colour's
/// time and never at white's or another colour's, from every decoder and pixel format, in
/// <c>render</c>, <c>run</c> and <c>live</c>; a burst on the left plays lower than one on the right.
/// </summary>
public sealed class ColourPlayTests(ColourBursts bursts) : IClassFixture<ColourBursts>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> FormatsAndDecoders
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var format in ColourBursts.Formats.Keys)
            {
                foreach (var decoder in (string[])["libav", "ffmpeg", "opencv"])
                {
                    data.Add(format, decoder);
                }
            }

            return data;
        }
    }

    [ToolTheory("ffmpeg", "ffprobe", "midicsv")]
    [MemberData(nameof(FormatsAndDecoders))]
    public void Each_colour_plays_at_its_own_time_on_its_own_channel(string format, string decoder)
    {
        using var temp = new TempDirectory();
        var video = bursts.Video(format);

        var run = CliRun.InProcess("render", video, "-m", bursts.Mapping, "--decoder", decoder, "-o", temp.File("out.mid"));

        if (decoder == "libav" && run.ExitCode != 0 && format is "rgb24.mkv" or "yuv420p10.mkv")
        {
            // The in-process decoder reads planar 8-bit YUV only and says so; auto hands these to ffmpeg.
            Assert.Contains("--decoder ffmpeg", run.Error, StringComparison.Ordinal);
            return;
        }

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var notes = Midicsv.Read(temp.File("out.mid"));
        AssertBursts([.. notes.Notes.Where(n => n.IsOn).OrderBy(n => n.Tick).Select(n => (notes.Seconds(n.Tick), n.Channel + 1, n.Number))]);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Run_plays_the_colours_as_render_does()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("run", bursts.Video("yuv420p.mp4"), "-m", bursts.Mapping, "--port", "console", "--record", temp.File("run.mid"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var file = SmfReader.ReadFile(temp.File("run.mid"));
        var ons = file.ChannelEvents.Where(e => (e.Status & 0xF0) == 0x90 && e.Data2 > 0).ToList();
        AssertBursts([.. ons.Select(e => (file.ToTime(e.Tick).TotalSeconds, (e.Status & 0x0F) + 1, (int)e.Data1))]);
    }

    [ToolFact("ffmpeg")]
    public void Live_plays_the_colours_of_a_stream()
    {
        using var server = new MjpegStreamServer(bursts.Video("yuv420p.mp4"));
        // A loaded machine may take the stand-in camera's ffmpeg a while to answer.
        var patient = new StreamOptions { ConnectTimeout = Patience, ReadTimeout = Patience };
        using var live = LiveRun.Start(["--source", server.Url, "-m", bursts.Mapping, "--port", "midi-monitor"], streams: patient);

        // The stream loops: wait for one whole pass (four bursts after a first red one).
        Assert.True(
            live.Output.WaitUntil(_ => live.Backend.Opened.Count == 1 && Ons(live).Count >= 6, Patience),
            live.Output.Text + live.Error.Text);
        Assert.Equal(130, live.Stop());

        var ons = Ons(live);
        Assert.All(ons, m => Assert.InRange(m.Channel, 0, 2));
        var channels = ons.Select(m => m.Channel + 1).ToList();

        // Red, green, white, red in turn (the first one seen may be any of them).
        var start = channels.IndexOf(2);
        Assert.True(start >= 0 && start + 3 < channels.Count, string.Join(", ", channels));
        Assert.Equal([2, 3, 1, 1], channels.Skip(start).Take(4));
        var reds = ons.Skip(start + 2).Take(2).Select(m => (int)m.Data1).ToList();
        Assert.True(reds[0] > reds[1], "the red burst on the right plays higher than the one on the left: " + string.Join(", ", reds));
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void The_fireworks_sample_plays_a_red_burst_and_a_green_burst_on_their_own_instruments()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("fireworks.mp4"), "-m", "fireworks-colours", "-o", temp.File("f.mid"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("the bundled \"fireworks-colours\" mapping", run.Output, StringComparison.Ordinal);
        var file = SmfReader.ReadFile(temp.File("f.mid"));
        var ons = file.ChannelEvents.Where(e => (e.Status & 0xF0) == 0x90 && e.Data2 > 0).ToList();
        var byChannel = ons.GroupBy(e => (e.Status & 0x0F) + 1).ToDictionary(g => g.Key, g => g.Count());

        // Red on channel 1 (celesta), green on 3 (vibraphone): both burst in the sample, at different times.
        Assert.True(byChannel.GetValueOrDefault(1) >= 3 && byChannel.GetValueOrDefault(3) >= 3, string.Join(", ", byChannel));
        Assert.True(byChannel.Count >= 5, string.Join(", ", byChannel));
        var programs = file.ChannelEvents.Where(e => (e.Status & 0xF0) == 0xC0).ToDictionary(e => (e.Status & 0x0F) + 1, e => (int)e.Data1);
        Assert.Equal(8, programs[1]);
        Assert.Equal(11, programs[3]);

        // Pitch follows where a burst is: the notes spread across the range, not one key per colour.
        Assert.True(ons.Select(e => e.Data1).Distinct().Count() >= 8);
    }

    private static List<NoteEvent> Ons(LiveRun live) =>
        live.Backend.Opened.Count == 0 ? [] : [.. live.Port.Received.Select(r => r.Message).Where(m => m.Kind == NoteEventKind.NoteOn)];

    /// <summary>Exactly the four bursts, each on its colour's channel, within a frame of its time; the right one higher than the left.</summary>
    private static void AssertBursts(List<(double Second, int Channel, int Note)> ons)
    {
        var shown = string.Join("; ", ons.Select(o => $"{o.Second:0.000}s ch{o.Channel} n{o.Note}"));
        Assert.True(ons.Count == ColourBursts.Expected.Count, shown);
        for (var i = 0; i < ons.Count; i++)
        {
            var (second, channel, right) = ColourBursts.Expected[i];
            Assert.True(Math.Abs(ons[i].Second - second) <= 0.05 && ons[i].Channel == channel, shown);
            Assert.True(right ? ons[i].Note > 66 : ons[i].Note < 66, shown);
        }
    }
}
