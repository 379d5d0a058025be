using System.Text;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Outputs;

/// <summary>A terminal that does not read never holds up the thread that plays.</summary>
public class ConsoleLinesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Lines_are_written_in_order_by_a_thread_of_their_own()
    {
        var writer = new GatedWriter(open: true);
        using (var lines = new ConsoleLines(writer))
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.True(lines.Write($"line {i}"));
            }

            Assert.True(lines.Flush(Patience));
        }

        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"line {i}"), writer.Lines);
    }

    [Fact]
    public void A_terminal_that_stops_reading_costs_dropped_lines_never_a_wait_and_says_how_many_when_it_reads_again()
    {
        var writer = new GatedWriter(open: false);
        using var lines = new ConsoleLines(writer);
        Assert.True(lines.Write("first"));
        Assert.True(writer.Blocked.Wait(Patience), "the writing thread never reached the terminal");

        // The writing thread is stuck in the terminal: the ring fills, then lines are dropped, at once.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var queued = Enumerable.Range(0, ConsoleLines.Capacity + 500).Count(i => lines.Write($"note {i}"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "Write waited for the terminal");
        // "first" still holds its slot while the terminal takes it.
        Assert.Equal(ConsoleLines.Capacity - 1, queued);
        Assert.Equal(501, lines.Dropped);
        Assert.False(lines.Flush(TimeSpan.FromMilliseconds(50)));

        writer.Open();
        Assert.True(lines.Flush(Patience));
        Assert.True(lines.Write("after"));
        Assert.True(lines.Flush(Patience));
        Assert.Equal(["first", .. Enumerable.Range(0, ConsoleLines.Capacity - 1).Select(i => $"note {i}"), "  … 501 lines not shown: the terminal was not reading them", "after"], writer.Lines);
    }

    [Fact]
    public void A_terminal_that_went_away_ends_the_writing_quietly()
    {
        var writer = new GatedWriter(open: true) { Fail = true };
        using var lines = new ConsoleLines(writer);

        Assert.True(lines.Write("lost"));
        Assert.True(lines.Flush(Patience));
        Assert.False(lines.Write("also lost"));
        Assert.Equal(2, lines.Dropped);
    }

    [Fact]
    public void Queueing_a_line_allocates_nothing()
    {
        var writer = new GatedWriter(open: true);
        using var lines = new ConsoleLines(writer);
        var line = "  0:01.00  ch  1  C4   on  v100".ToCharArray();
        lines.Write(line);
        lines.Flush(Patience);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++)
        {
            lines.Write(line);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_console_monitor_sends_at_once_while_the_terminal_is_not_reading()
    {
        var writer = new GatedWriter(open: false);
        using var monitor = new ConsoleMonitorOutput(writer);
        monitor.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), 0);
        Assert.True(writer.Blocked.Wait(Patience));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 2 * ConsoleLines.Capacity; i++)
        {
            monitor.Send(NoteEvent.NoteOff(TimeSpan.FromSeconds(i), 0, 60), 0);
        }

        Assert.False(monitor.Drain(TimeSpan.FromSeconds(30)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the monitor waited for the terminal");
        writer.Open();
    }

    /// <summary>A terminal whose writes block until it is opened (a pipe nobody reads), or fail (a terminal that hung up).</summary>
    private sealed class GatedWriter(bool open) : TextWriter
    {
        private readonly ManualResetEventSlim _gate = new(open);
        private readonly StringBuilder _text = new();

        public ManualResetEventSlim Blocked { get; } = new();

        public bool Fail { get; init; }

        public override Encoding Encoding => Encoding.UTF8;

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                }
            }
        }

        public void Open() => _gate.Set();

        public override void Write(char value) => Write([value], 0, 1);

        public override void Write(char[] buffer, int index, int count)
        {
            if (Fail)
            {
                throw new IOException("Input/output error");
            }

            Blocked.Set();
            _gate.Wait();
            lock (_text)
            {
                _text.Append(buffer, index, count);
            }
        }

        public override void Write(string? value) => Write((value ?? string.Empty).ToCharArray(), 0, value?.Length ?? 0);

        protected override void Dispose(bool disposing)
        {
            _gate.Set();
            base.Dispose(disposing);
        }
    }
}
