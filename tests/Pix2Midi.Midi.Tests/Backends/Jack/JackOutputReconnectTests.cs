using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Jack;

namespace Pix2Midi.Midi.Tests.Backends.Jack;

/// <summary>
/// The port a JACK output feeds goes away (its program quit): the output says so once, keeps
/// sending into its own port, and connects again when a port of that name is back.
/// </summary>
[Collection(JackCollection.Name)]
[SupportedOSPlatform("linux")]
public class JackOutputReconnectTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void When_the_port_fed_goes_away_it_says_so_plays_on_and_connects_again_when_it_is_back()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("synth-to-quit");
        var backend = new JackBackend(rig.ServerName);
        using var output = (JackOutput)backend.Open(backend.ListOutputs().Single(), "pix2midi-abandoned");
        var notices = new BlockingCollection<string>();
        output.Notice = notices.Add;
        Send(output, 60);
        dump.WaitForMessages(1, Patience);

        dump.Stop();
        Assert.True(notices.TryTake(out var gone, Patience), "no notice that the port went away");
        Assert.Equal("jack:synth-to-quit:input went away (did its program quit?): Pix2Midi plays on into its own JACK port pix2midi-abandoned:out and connects to synth-to-quit:input again when it is back.", gone);
        Assert.True(output.DestinationGone);
        for (var i = 0; i < 10; i++)
        {
            Send(output, 61); // no exception: it plays on
            Thread.Sleep(10);
        }

        var back = rig.StartMidiDump("synth-to-quit");
        Assert.True(notices.TryTake(out var again, Patience), "no notice that it connected again");
        Assert.Equal("jack:synth-to-quit:input is back: connected again.", again);
        Assert.False(output.DestinationGone);
        Send(output, 62);
        Assert.Contains(back.WaitForMessages(1, Patience), m => m.Bytes is [0x90, 62, 100]);
        Assert.Empty(notices);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void A_port_that_comes_back_gets_the_last_program_of_each_channel_again_before_the_next_note()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("synth-to-restart");
        var backend = new JackBackend(rig.ServerName);
        using var output = (JackOutput)backend.Open(backend.ListOutputs().Single(), "pix2midi-instruments");
        var notices = new BlockingCollection<string>();
        output.Notice = notices.Add;
        output.Send(NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), Due(output));
        output.Send(NoteEvent.ProgramChange(TimeSpan.Zero, 9, 25), Due(output));
        output.Send(NoteEvent.ProgramChange(TimeSpan.Zero, 0, 8), Due(output));
        Send(output, 60);
        Assert.Equal(["c0 0e", "c9 19", "c0 08", "90 3c 64"], dump.WaitForMessages(4, Patience).Select(m => m.Hex));

        dump.Stop();
        Assert.True(notices.TryTake(out _, Patience), "no notice that the port went away");
        var back = rig.StartMidiDump("synth-to-restart");
        Assert.True(notices.TryTake(out _, Patience), "no notice that it connected again");
        Send(output, 62);

        Assert.Equal(["c0 08", "c9 19", "90 3e 64"], back.WaitForMessages(3, Patience).Select(m => m.Hex));
    }

    private static long Due(JackOutput output) => Stopwatch.GetTimestamp() + (long)(output.Lookahead.TotalSeconds * Stopwatch.Frequency);

    private static void Send(JackOutput output, int note) =>
        output.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, note, 100), Stopwatch.GetTimestamp() + (long)(output.Lookahead.TotalSeconds * Stopwatch.Frequency));
}
