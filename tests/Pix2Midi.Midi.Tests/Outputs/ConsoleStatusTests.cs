using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Outputs;

/// <summary>
/// The status line drawn by <see cref="ConsoleLines"/>' own thread: redrawn in place, only the
/// newest drawn, out of the way of the lines, and never a wait for the thread that plays.
/// </summary>
public class ConsoleStatusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void The_status_is_redrawn_in_place_over_the_one_before_and_erased_at_the_end()
    {
        var terminal = new RecordingTerminal();
        using var lines = new ConsoleLines(TextWriter.Null) { StatusWriter = terminal };

        lines.SetStatus("▶ 0:01.0  frame 30");
        Assert.True(terminal.WaitUntil(t => t.EndsWith("frame 30", StringComparison.Ordinal), Patience), terminal.Text);
        lines.SetStatus("▶ 0:02.0  frame 9");
        Assert.True(terminal.WaitUntil(t => t.EndsWith("frame 9 ", StringComparison.Ordinal), Patience), terminal.Text);
        Assert.True(lines.ClearStatus(Patience));

        // Padded over the longer one before it; at the end blanked, the cursor back at the start of the line.
        Assert.Equal("\r▶ 0:01.0  frame 30\r▶ 0:02.0  frame 9 \r" + Blanks("▶ 0:02.0  frame 9") + "\r", terminal.Text);
    }

    [Fact]
    public void While_the_terminal_is_held_only_the_newest_status_is_drawn_after_and_setting_it_never_waits()
    {
        var terminal = new RecordingTerminal();
        using var lines = new ConsoleLines(TextWriter.Null) { StatusWriter = terminal };
        terminal.Hold();
        lines.SetStatus("first");
        Assert.True(terminal.Reached.Wait(Patience), "the status was never drawn");

        // The writing thread is stuck in the terminal: statuses replace each other, at once.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10_000; i++)
        {
            lines.SetStatus($"status {i}");
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "SetStatus waited for the terminal");
        Assert.False(lines.ClearStatus(TimeSpan.FromMilliseconds(50)));
        lines.SetStatus("newest");

        terminal.Release();
        Assert.True(terminal.WaitUntil(t => t.EndsWith("newest", StringComparison.Ordinal), Patience), terminal.Text);
        Assert.Equal("\rfirst\rnewest", terminal.Text);
    }

    [Fact]
    public void Lines_go_above_the_status_which_is_drawn_again_below_them()
    {
        // Standard output and error on one terminal, as in a shell.
        var terminal = new RecordingTerminal();
        using var lines = new ConsoleLines(terminal) { StatusWriter = terminal };

        lines.SetStatus("● live 0:03");
        Assert.True(terminal.WaitUntil(t => t.EndsWith("0:03", StringComparison.Ordinal), Patience), terminal.Text);
        lines.Write("Source lost: the stream ended.");
        Assert.True(terminal.WaitUntil(t => t.EndsWith("ended.\n\r● live 0:03", StringComparison.Ordinal), Patience), terminal.Text);
        Assert.True(lines.ClearStatus(Patience));

        var erase = "\r" + Blanks("● live 0:03") + "\r";
        Assert.Equal("\r● live 0:03" + erase + "Source lost: the stream ended.\n\r● live 0:03" + erase, terminal.Text);
    }

    [Fact]
    public void A_standard_error_that_is_never_read_costs_status_lines_and_dropped_lines_never_a_wait()
    {
        var error = new RecordingTerminal(open: false);
        var output = new RecordingTerminal();
        using var lines = new ConsoleLines(output) { StatusWriter = error };
        lines.SetStatus("▶ 0:00.1");
        Assert.True(error.Reached.Wait(Patience), "the status was never drawn");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3 * ConsoleLines.Capacity; i++)
        {
            lines.SetStatus("▶ 0:00.2");
            lines.Write("  0:00.20  ch  1  C4   on  v100");
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the writes waited for the terminal");
        Assert.Equal(2 * ConsoleLines.Capacity, lines.Dropped);
        Assert.False(lines.Flush(TimeSpan.FromMilliseconds(50)));
        error.Release();
        Assert.True(lines.Flush(Patience));
    }

    [Fact]
    public void A_status_terminal_that_went_away_ends_the_status_quietly_and_lines_go_on()
    {
        var error = new RecordingTerminal { Fail = true };
        var output = new RecordingTerminal();
        using var lines = new ConsoleLines(output) { StatusWriter = error };

        lines.SetStatus("▶ 0:00.1");
        Assert.True(lines.ClearStatus(Patience));
        Assert.True(lines.Write("still here"));
        Assert.True(lines.Flush(Patience));
        lines.SetStatus("▶ 0:00.2");

        Assert.Equal("still here\n", output.Text);
        Assert.Equal(0, lines.Dropped);
    }

    [Fact]
    public void Setting_the_status_allocates_nothing()
    {
        using var lines = new ConsoleLines(TextWriter.Null) { StatusWriter = TextWriter.Null };
        var status = "▶ 1:02.3 / 4:05.6  frame 1234  12 notes/s  3 sounding  0 late  0 dropped".ToCharArray();
        lines.SetStatus(status);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            lines.SetStatus(status);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Blanks(string over) => new(' ', over.Length);
}
