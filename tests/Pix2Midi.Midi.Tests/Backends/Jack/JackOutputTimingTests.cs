using System.Diagnostics;
using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Jack;
using Pix2Midi.Midi.Timing;
using Xunit.Abstractions;

namespace Pix2Midi.Midi.Tests.Backends.Jack;

[Collection(JackCollection.Name)]
[SupportedOSPlatform("linux")]
public class JackOutputTimingTests(ITestOutputHelper testOutput)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void Notes_due_a_thirtieth_of_a_second_apart_arrive_exactly_1600_frames_apart_with_their_bytes()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);
        var port = backend.ListOutputs().Single();

        // A message handed over after its period began is late: measured, never hidden. It can
        // happen when a loaded machine wakes this test's (not real-time) thread too late, so a run
        // with late messages is repeated, up to three times; every run without one must be exact.
        for (var attempt = 1; ; attempt++)
        {
            var (received, output) = PlayTwentyNotes(backend, port, dump, $"pix2midi-timing-{attempt}");
            using (output)
            {
                Log(output, attempt);
                if (output.Late > 0 && attempt < 3)
                {
                    continue;
                }

                var first = received[0].Frame;
                var expected = Enumerable.Range(0, 20).SelectMany(k => new[] { $"{1600 * k}: 90 {60 + k:x2} 64", $"{(1600 * k) + 800}: 80 {60 + k:x2} 00" }).ToList();
                var actual = received.Select(m => $"{m.Frame - first}: {m.Hex}").ToList();
                Assert.True(
                    expected.SequenceEqual(actual),
                    $"late {output.Late} (worst {output.MaxLateness.TotalMilliseconds} ms), reanchors {output.Reanchors}; expected | received:\n{string.Join('\n', expected.Zip(actual, (e, a) => $"{e,-16} | {a}"))}");
                Assert.Equal(40, output.Delivered);
                Assert.Equal(0, output.Late);
                Assert.Equal(TimeSpan.Zero, output.MaxLateness);
                Assert.Equal(0, output.Reanchors);
                return;
            }
        }
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void The_real_time_callback_allocates_nothing()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);
        using var output = (JackOutput)backend.Open(backend.ListOutputs().Single(), "pix2midi-allocations");
        var waiter = new SleepSpinWaiter();

        // Warm up every path once (on time, late), then measure a second round.
        Send(output, waiter, NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), Stopwatch.GetTimestamp() + Ticks(output.Lookahead));
        output.Send(NoteEvent.NoteOff(TimeSpan.Zero, 0, 60), Stopwatch.GetTimestamp() - Ticks(TimeSpan.FromMilliseconds(30)));
        dump.WaitForMessages(2, Patience);
        Thread.Sleep(200);
        var before = output.CallbackAllocatedBytes;
        var start = Stopwatch.GetTimestamp() + Ticks(output.Lookahead);
        for (var k = 0; k < 100; k++)
        {
            Send(output, waiter, NoteEvent.ControlChange(TimeSpan.Zero, 0, 1, k), start + DueOffset(k, 200));
        }

        output.Send(NoteEvent.NoteOff(TimeSpan.Zero, 0, 61), Stopwatch.GetTimestamp() - Ticks(TimeSpan.FromMilliseconds(30)));
        Assert.True(output.Drain(Patience));
        dump.WaitForMessages(103, Patience);

        Assert.NotEqual(0, before);
        Assert.Equal(before, output.CallbackAllocatedBytes);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void A_message_handed_over_late_goes_out_at_once_and_is_counted_late()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);
        using var output = (JackOutput)backend.Open(backend.ListOutputs().Single(), "pix2midi-late");
        var onTime = Stopwatch.GetTimestamp() + Ticks(output.Lookahead) + Ticks(TimeSpan.FromMilliseconds(50));
        output.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), onTime);
        dump.WaitForMessages(1, Patience);
        Thread.Sleep(100);

        var handedOver = Stopwatch.GetTimestamp();
        output.Send(NoteEvent.NoteOff(TimeSpan.Zero, 0, 60), handedOver - Ticks(TimeSpan.FromMilliseconds(50)));
        var received = dump.WaitForMessages(2, Patience);

        Log(output, 1);
        Assert.Equal("80 3c 00", received[1].Hex);
        Assert.Equal(2, output.Delivered);
        Assert.Equal(1, output.Late);
        Assert.InRange(output.MaxLateness, TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(100));

        // It landed when it was handed over (give or take two periods), not 50 ms earlier, where it was due.
        var handedOverFrame = (handedOver - onTime) * JackRig.SampleRate / Stopwatch.Frequency;
        Assert.InRange(received[1].Frame - received[0].Frame, handedOverFrame - 64, handedOverFrame + (2 * JackRig.PeriodFrames) + 64);
    }

    /// <summary>20 note-ons due 1/30 s apart, each with a note-off half-way, each handed over half the lookahead before it is due.</summary>
    private static (IReadOnlyList<JackMidiDumpMessage> Received, JackOutput Output) PlayTwentyNotes(JackBackend backend, Midi.Outputs.MidiPortInfo port, JackMidiDump dump, string clientName)
    {
        var already = dump.Messages.Count;
        var output = (JackOutput)backend.Open(port, clientName);
        var waiter = new SleepSpinWaiter();
        var start = Stopwatch.GetTimestamp() + Ticks(output.Lookahead) + Ticks(TimeSpan.FromMilliseconds(100));
        for (var k = 0; k < 20; k++)
        {
            Send(output, waiter, NoteEvent.NoteOn(TimeSpan.Zero, 0, 60 + k, 100), start + DueOffset(2 * k, 60));
            Send(output, waiter, NoteEvent.NoteOff(TimeSpan.Zero, 0, 60 + k), start + DueOffset((2 * k) + 1, 60));
        }

        Assert.True(output.Drain(Patience));
        return ([.. dump.WaitForMessages(already + 40, Patience).Skip(already)], output);
    }

    /// <summary>As the player does: waits until half the lookahead before the due time, then hands the message over.</summary>
    private static void Send(JackOutput output, SleepSpinWaiter waiter, NoteEvent message, long due)
    {
        waiter.WaitUntil(due - (Ticks(output.Lookahead) / 2), CancellationToken.None);
        output.Send(message, due);
    }

    private static long Ticks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);

    private void Log(JackOutput output, int attempt) =>
        testOutput.WriteLine($"attempt {attempt}: delivered {output.Delivered}, late {output.Late} (worst {output.MaxLateness.TotalMilliseconds:0.###} ms), re-anchored {output.Reanchors}×");

    /// <summary>n/rate seconds as Stopwatch ticks, rounded: exactly what a player computes for frame n.</summary>
    private static long DueOffset(int n, int rate) => (long)Math.Round(n * (double)Stopwatch.Frequency / rate);
}
