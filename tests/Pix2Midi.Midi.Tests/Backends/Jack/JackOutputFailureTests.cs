using System.Diagnostics;
using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Jack;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Backends.Jack;

[Collection(JackCollection.Name)]
[SupportedOSPlatform("linux")]
public class JackOutputFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [ToolTheory("jackd", "jack_midi_dump", "jack_lsp")]
    [InlineData(false)]
    [InlineData(true)]
    public void When_the_server_stops_the_next_send_says_so(bool crash)
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);
        using var output = backend.Open(backend.ListOutputs().Single(), "pix2midi-orphan");
        output.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), Stopwatch.GetTimestamp() + Ticks(output.Lookahead));
        dump.WaitForMessages(1, Patience);

        rig.StopServer(kill: crash);
        var error = SendUntilItFails(output);

        Assert.StartsWith("the JACK server stopped", error.Message, StringComparison.Ordinal);
        var drainStarted = Stopwatch.GetTimestamp();
        output.Drain(Patience);
        Assert.True(Stopwatch.GetElapsedTime(drainStarted) < TimeSpan.FromSeconds(1), "Drain waited for a server that is gone");
    }

    // The port fed going away is not a failure: JackOutputReconnectTests.

    /// <summary>Sends a note every 10 ms, as a running player would, until one fails.</summary>
    private static MidiOutputException SendUntilItFails(IMidiOutput output)
    {
        var deadline = Stopwatch.GetTimestamp() + Ticks(Patience);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            try
            {
                output.Send(NoteEvent.NoteOff(TimeSpan.Zero, 0, 60), Stopwatch.GetTimestamp() + Ticks(output.Lookahead));
            }
            catch (MidiOutputException e)
            {
                return e;
            }

            Thread.Sleep(10);
        }

        throw new TimeoutException($"Send kept working for {Patience.TotalSeconds} s after the failure");
    }

    private static long Ticks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);
}
