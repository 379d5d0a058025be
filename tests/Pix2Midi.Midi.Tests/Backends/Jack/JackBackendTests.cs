using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.Jack;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Backends.Jack;

[Collection(JackCollection.Name)]
[SupportedOSPlatform("linux")]
public class JackBackendTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [ToolFact("jackd", "jack_lsp", "kill")]
    public void Closing_a_client_whose_server_hangs_returns_after_the_close_limit_and_is_counted()
    {
        using var rig = JackRig.Start();
        var client = JackLibrary.Open("pix2midi-close-test", rig.ServerName);
        var abandoned = JackClientHandle.AbandonedCloses;
        rig.Freeze();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            client.Dispose();

            // libjack alone would wait for the frozen server for ever.
            Assert.InRange(clock.Elapsed, JackClientHandle.CloseLimit - TimeSpan.FromSeconds(1), JackClientHandle.CloseLimit + TimeSpan.FromSeconds(5));
            Assert.Equal(abandoned + 1, JackClientHandle.AbandonedCloses);
            Assert.StartsWith("JACK does not answer (waited 10 s) since an earlier client of Pix2Midi's did not close: restart Pix2Midi", JackLibrary.NoAnswer(rig.ServerName), StringComparison.Ordinal);
        }
        finally
        {
            rig.Thaw();
        }
    }

    [ToolFact("jackd")]
    public void Without_a_server_probe_says_so_in_one_line()
    {
        var status = new JackBackend().Probe();
        var named = new JackBackend($"pix2midi-nobody-{Guid.NewGuid():N}").Probe();

        // The default server may run on a developer's machine; a random name never does.
        if (!status.Available)
        {
            Assert.Equal("no JACK server is running: start one with jackd or QjackCtl, or pick another port", status.Reason);
        }

        Assert.False(named.Available);
        Assert.StartsWith("no JACK server named \"pix2midi-nobody-", named.Reason, StringComparison.Ordinal);
        Assert.EndsWith("is running: start one with jackd or QjackCtl, or pick another port", named.Reason, StringComparison.Ordinal);
    }

    [ToolFact("jackd")]
    public void Without_a_server_listing_and_opening_throw_midi_output_exceptions()
    {
        var backend = new JackBackend($"pix2midi-nobody-{Guid.NewGuid():N}");

        var list = Assert.Throws<MidiOutputException>(() => backend.ListOutputs());
        var open = Assert.Throws<MidiOutputException>(() => backend.Open(new MidiPortInfo("jack", "midi-monitor:input", "midi-monitor:input"), "Pix2Midi"));
        var create = Assert.Throws<MidiOutputException>(() => backend.CreateVirtual("Pix2Midi"));

        Assert.All([list, open, create], e => Assert.StartsWith("no JACK server named", e.Message, StringComparison.Ordinal));
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void With_a_server_probe_is_ready_and_the_dump_input_is_listed()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);
        var opened = JackLibrary.ClientsOpened;

        var status = backend.Probe();
        var ports = backend.ListOutputs();

        Assert.True(status.Available, status.Reason);
        var port = Assert.Single(ports);
        Assert.Equal(new MidiPortInfo("jack", "midi-monitor:input", "midi-monitor:input"), port);
        Assert.Equal("jack:midi-monitor:input", port.QualifiedName);
        // Probing and listing right after took one client (each is a round trip and a close).
        Assert.Equal(opened + 1, JackLibrary.ClientsOpened);

        // The probe's ports answer once: a later listing asks the server again and sees a new port.
        var second = rig.StartMidiDump("midi-monitor-2");
        Assert.Equal(["midi-monitor-2:input", "midi-monitor:input"], backend.ListOutputs().Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(opened + 2, JackLibrary.ClientsOpened);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void Opening_a_port_connects_our_output_to_it()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);

        using var output = (JackOutput)backend.Open(backend.ListOutputs().Single(), "pix2midi-test");

        Assert.Equal("pix2midi-test:out", output.OwnPort);
        Assert.Equal("jack:midi-monitor:input", output.Port.QualifiedName);
        Assert.Equal(["midi-monitor:input"], rig.Connections("pix2midi-test:out"));
        Assert.Equal((uint)JackRig.SampleRate, output.SampleRate);
        Assert.Equal((uint)JackRig.PeriodFrames, output.PeriodFrames);
        Assert.Equal(TimeSpan.FromMilliseconds(20), output.Lookahead);
    }

    [ToolFact("jackd", "jack_lsp")]
    public void A_port_that_does_not_exist_is_named_in_the_error_and_no_client_is_left_behind()
    {
        using var rig = JackRig.Start();
        var backend = new JackBackend(rig.ServerName);

        var error = Assert.Throws<MidiOutputException>(() => backend.Open(new MidiPortInfo("jack", "nobody:input", "nobody:input"), "pix2midi-ghost"));

        Assert.Contains("\"nobody:input\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("is gone", error.Message, StringComparison.Ordinal);
        Assert.True(rig.WaitForPorts(ports => !ports.Any(p => p.StartsWith("pix2midi-ghost", StringComparison.Ordinal)), Patience));
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "jack_connect")]
    public void A_virtual_port_is_one_others_connect_to_and_receive_from()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);

        using var output = backend.CreateVirtual("pix2midi-virtual");
        rig.Connect("pix2midi-virtual:out", dump.PortName);
        output.Send(Core.Events.NoteEvent.NoteOn(TimeSpan.Zero, 1, 64, 90), System.Diagnostics.Stopwatch.GetTimestamp() + TimeSpan.FromMilliseconds(30).Ticks * (System.Diagnostics.Stopwatch.Frequency / TimeSpan.TicksPerSecond));

        Assert.True(backend.CanCreateVirtual);
        Assert.Equal(new MidiPortInfo("jack", "pix2midi-virtual:out", "pix2midi-virtual:out", IsVirtual: true), output.Port);
        Assert.Equal("91 40 5a", Assert.Single(dump.WaitForMessages(1, Patience)).Hex);
        Assert.True(output.Drain(Patience));
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void A_program_change_arrives_as_a_two_byte_event_before_the_note_it_sets()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);

        using var output = (JackOutput)backend.Open(backend.ListOutputs().Single(), "pix2midi-programs");
        var due = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(output.Lookahead.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        output.Send(Core.Events.NoteEvent.ProgramChange(TimeSpan.Zero, 9, 25), due);
        output.Send(Core.Events.NoteEvent.NoteOn(TimeSpan.Zero, 9, 36, 127), due);

        Assert.Equal(["c9 19", "99 24 7f"], dump.WaitForMessages(2, Patience).Select(m => m.Hex));
        Assert.True(output.Drain(Patience));
        Assert.Equal(2, output.Delivered);
    }

    [ToolFact("jackd", "fluidsynth", "jack_lsp")]
    public void A_fluidsynth_on_jack_is_listed_and_takes_notes()
    {
        using var rig = JackRig.Start();
        var synthPort = rig.StartFluidSynth("gm-synth");
        var backend = new JackBackend(rig.ServerName);

        var port = Assert.Single(backend.ListOutputs());
        using var output = (JackOutput)backend.Open(port, "pix2midi-player");
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var lookahead = (long)(output.Lookahead.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        output.Send(Core.Events.NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), now + lookahead);
        output.Send(Core.Events.NoteEvent.NoteOff(TimeSpan.Zero, 0, 60), now + (2 * lookahead));

        Assert.Equal("gm-synth:midi_00", synthPort);
        Assert.Equal(synthPort, port.Name);
        Assert.True(output.Drain(Patience));
        Assert.Equal(2, output.Delivered);
        Assert.Equal([synthPort], rig.Connections("pix2midi-player:out"));
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public void Disposing_takes_our_client_out_of_the_graph()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump();
        var backend = new JackBackend(rig.ServerName);
        var output = backend.Open(backend.ListOutputs().Single(), "pix2midi-leaving");
        Assert.Contains("pix2midi-leaving:out", rig.Ports());

        output.Dispose();
        output.Dispose();

        Assert.DoesNotContain("pix2midi-leaving:out", rig.Ports());
        Assert.True(output.Drain(TimeSpan.Zero));
        Assert.Throws<ObjectDisposedException>(() => output.Send(Core.Events.NoteEvent.NoteOff(TimeSpan.Zero, 0, 60), 0));
    }
}
