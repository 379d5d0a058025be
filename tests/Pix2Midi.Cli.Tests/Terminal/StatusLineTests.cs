using Pix2Midi.Cli.Live;
using Pix2Midi.Cli.Terminal;
using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Tests.Terminal;

/// <summary>
/// The status lines of <c>run</c> and <c>live</c> and the live notices, called on the MIDI thread:
/// formatted without allocating, handed to the lines' own thread, never a wait for the terminal.
/// </summary>
public class StatusLineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly PlaybackStatus Playing = new(TimeSpan.FromSeconds(3.25), 96, 1, 40, 4, 2, 0, 0);

    private static readonly LiveStatus Live = new(TimeSpan.FromSeconds(72.5), 2150, 3, 120, 4, 2, TimeSpan.FromMilliseconds(8.14), 30, 0);

    [Fact]
    public void The_run_status_says_where_it_is_and_how_it_goes()
    {
        Assert.Equal("▶ 0:03.2 / 1:06.0  frame 96  4 notes/s  2 sounding  0 late  1 dropped", Format(Playing, TimeSpan.FromSeconds(66)));
        Assert.Equal("▶ 0:03.2  loop 3  frame 96  4 notes/s  2 sounding  0 late  1 dropped", Format(Playing with { Loops = 2 }, null));
    }

    [Fact]
    public void The_live_status_says_how_it_goes()
    {
        var line = new char[StatusText.Capacity];
        Assert.Equal("● live 1:12  30 fps  4 notes/s  2 sounding  latency 8.1 ms  3 dropped", new string(line, 0, LiveConsole.Format(Live, line)));
    }

    [Fact]
    public void Numbers_too_long_for_the_line_are_cut_off_not_thrown()
    {
        var line = new char[40];
        var length = StatusLine.Format(new PlaybackStatus(TimeSpan.FromDays(9000), long.MaxValue, long.MaxValue, long.MaxValue, int.MaxValue, int.MaxValue, long.MaxValue, int.MaxValue), TimeSpan.FromDays(9000), line);
        Assert.InRange(length, 1, 40);
    }

    [Fact]
    public void Drawing_either_status_line_allocates_nothing()
    {
        using var lines = new ConsoleLines(TextWriter.Null);
        var run = new StatusLine(lines, TextWriter.Null, TimeSpan.FromMinutes(2));
        var live = new LiveConsole(lines, TextWriter.Null);
        var pixels = new byte[16];
        var luma = new LumaPlane(4, 4, 4, pixels);
        var buffer = new char[StatusText.Capacity];
        run.OnFrame(Playing);
        live.OnFrame(luma, Live);
        StatusLine.Format(Playing, TimeSpan.FromMinutes(2), buffer);
        LiveConsole.Format(Live, buffer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            run.OnFrame(Playing with { Frames = i });
            live.OnFrame(luma, Live with { Frames = i });
            StatusLine.Format(Playing with { Frames = i }, TimeSpan.FromMinutes(2), buffer);
            LiveConsole.Format(Live with { Frames = i, Latency = TimeSpan.FromMilliseconds(i / 7.0) }, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public async Task A_paused_terminal_never_holds_up_the_status_line_or_the_live_notices()
    {
        var terminal = new HeldTerminal();
        using var lines = new ConsoleLines(terminal);
        var live = new LiveConsole(lines, terminal);
        var run = new StatusLine(lines, terminal, null);
        var pixels = new byte[16];
        live.OnNotice(new SourceNotice(SourceNoticeKind.Lost, "the stream ended", 0, TimeSpan.FromSeconds(1), TimeSpan.Zero, 3));
        Assert.True(terminal.Reached.Wait(Patience), "nothing reached the terminal");

        // The terminal holds the writing thread: what the MIDI thread says is queued, replaced or dropped, never waited for.
        var said = Task.Run(() =>
        {
            for (var i = 0; i < 2 * ConsoleLines.Capacity; i++)
            {
                live.OnNotice(new SourceNotice(SourceNoticeKind.Restored, string.Empty, 0, TimeSpan.Zero, TimeSpan.FromSeconds(i), 0));
                live.OnFrame(new LumaPlane(4, 4, 4, pixels), Live);
                run.OnFrame(Playing);
            }
        });
        Assert.True(await Task.WhenAny(said, Task.Delay(Patience)) == said, "the MIDI thread waited for the terminal");
        Assert.True(lines.Dropped > 0);

        // Once it reads again: what it missed is counted in one line, before the next.
        terminal.Release();
        Assert.True(lines.Flush(Patience));
        live.OnNotice(new SourceNotice(SourceNoticeKind.Restored, string.Empty, 0, TimeSpan.Zero, TimeSpan.FromSeconds(2), 0));
        live.Clear();
        Assert.True(lines.Flush(Patience));
        Assert.StartsWith("Source lost: the stream ended. Released the 3 notes that were sounding. Retrying in 1 s.\n", terminal.Text, StringComparison.Ordinal);
        Assert.Contains(" lines not shown: the terminal was not reading them\nSource back after 2 s: playing again.\n", terminal.Text, StringComparison.Ordinal);
    }

    private static string Format(in PlaybackStatus status, TimeSpan? duration)
    {
        var line = new char[StatusText.Capacity];
        return new string(line, 0, StatusLine.Format(status, duration, line));
    }
}
