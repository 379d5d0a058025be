using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Alsa;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Backends.Alsa;

[SupportedOSPlatform("linux")]
public class AlsaBackendTests
{
    private const string NoDevice = "/nonexistent/snd/seq";

    [Fact]
    public void Without_the_sequencer_device_probe_says_so_in_one_line_and_points_to_jack()
    {
        var status = new AlsaBackend(NoDevice).Probe();

        Assert.False(status.Available);
        Assert.Equal(
            "the ALSA sequencer is not available (/nonexistent/snd/seq is missing): load it with `sudo modprobe snd-seq`, or use JACK, or render a MIDI file",
            status.Reason);
    }

    [Fact]
    public void On_this_machine_probe_is_ready_exactly_when_dev_snd_seq_exists()
    {
        var status = new AlsaBackend().Probe();

        if (File.Exists("/dev/snd/seq"))
        {
            Assert.True(status.Available, status.Reason);
        }
        else
        {
            Assert.False(status.Available);
            Assert.Contains("/dev/snd/seq", status.Reason, StringComparison.Ordinal);
            Assert.Contains("JACK", status.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', status.Reason!);
        }
    }

    [Fact]
    public void A_device_that_exists_but_no_sequencer_behind_it_gives_the_errno_text()
    {
        // /dev/null passes the file check, so libasound is really asked (and its own stderr message silenced).
        if (File.Exists("/dev/snd/seq"))
        {
            return;
        }

        var status = new AlsaBackend("/dev/null").Probe();

        Assert.False(status.Available);
        Assert.Equal("the ALSA sequencer cannot be opened (No such file or directory): use JACK, or render a MIDI file", status.Reason);
    }

    [Fact]
    public void Listing_opening_and_creating_ports_without_the_sequencer_throw_midi_output_exceptions()
    {
        var backend = new AlsaBackend(NoDevice);

        var list = Assert.Throws<MidiOutputException>(() => backend.ListOutputs());
        var open = Assert.Throws<MidiOutputException>(() => backend.Open(new MidiPortInfo("alsa", "FLUID Synth:Synth input port", "128:0"), "Pix2Midi"));
        var create = Assert.Throws<MidiOutputException>(() => backend.CreateVirtual("Pix2Midi"));

        Assert.All([list, open, create], e => Assert.Contains("/nonexistent/snd/seq is missing", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_device_but_no_sequencer_listing_throws_a_midi_output_exception_with_the_native_code()
    {
        if (File.Exists("/dev/snd/seq"))
        {
            return;
        }

        var error = Assert.Throws<MidiOutputException>(() => new AlsaBackend("/dev/null").ListOutputs());

        Assert.Equal(-2, error.NativeCode);
    }

    [Fact]
    public void The_backend_is_alsa_and_makes_virtual_ports()
    {
        var backend = new AlsaBackend();

        Assert.Equal("alsa", backend.Name);
        Assert.True(backend.CanCreateVirtual);
    }

    [Fact]
    public void A_port_of_another_backend_is_refused_before_touching_the_sequencer()
    {
        Assert.Throws<ArgumentException>(() => new AlsaBackend(NoDevice).Open(new MidiPortInfo("jack", "fluidsynth:midi_00", "fluidsynth:midi_00"), "Pix2Midi"));
    }

    [Theory]
    [InlineData("128:0", 128, 0)]
    [InlineData("14:3", 14, 3)]
    public void Addresses_are_client_colon_port(string id, int client, int port)
    {
        Assert.True(AlsaBackend.TryParseAddress(id, out var c, out var p));
        Assert.Equal((client, port), (c, p));
    }

    [Theory]
    [InlineData("FLUID Synth")]
    [InlineData("128")]
    [InlineData(":0")]
    [InlineData("128:")]
    [InlineData("-1:0")]
    [InlineData("300:0")]
    public void Anything_else_is_not_an_address(string id)
    {
        Assert.False(AlsaBackend.TryParseAddress(id, out _, out _));
    }

    [Fact]
    public void Sending_a_message_packs_nothing_on_the_heap()
    {
        Span<byte> ev = stackalloc byte[AlsaSequencerEvent.Size];
        var message = NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100);
        AlsaSequencerEvent.Write(message, 128, 0, ev);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            AlsaSequencerEvent.Write(message, 128, 0, ev);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
