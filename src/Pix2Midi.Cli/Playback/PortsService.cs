using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Playback;

/// <summary><c>pix2midi ports</c>: every MIDI output this machine offers, by backend, or why there is none.</summary>
internal sealed class PortsService(TextWriter output, Func<IReadOnlyList<IMidiBackend>> backends)
{
    public int Run()
    {
        var any = false;
        string? advice = null;
        foreach (var backend in backends())
        {
            var status = backend.Probe();
            if (!status.Available)
            {
                output.WriteLine($"{backend.Name}: not available: {status.Reason}");
                continue;
            }

            IReadOnlyList<MidiPortInfo> ports;
            try
            {
                ports = backend.ListOutputs();
            }
            catch (MidiOutputException e)
            {
                output.WriteLine($"{backend.Name}: not available: {e.Message}");
                continue;
            }

            var virtualNote = backend.CanCreateVirtual ? "; can create a virtual port (--virtual)" : string.Empty;
            output.WriteLine($"{backend.Name}: {ports.Count} output{(ports.Count == 1 ? string.Empty : "s")}{virtualNote}");
            foreach (var port in ports)
            {
                output.WriteLine("  " + port.QualifiedName);
                any = true;
            }

            advice ??= PortSelector.Advice(backend, ports);
        }

        output.WriteLine("console: shows the notes in the terminal; `pix2midi run` uses it when there is no port");
        output.WriteLine(any
            ? "Play to one with --port NAME (case-insensitive; part of the name is enough; a prefix such as jack: picks the backend)."
            : "No MIDI outputs here. To play a synth or DAW, connect a MIDI port: see \"Connecting a MIDI port\" in the README.");
        if (advice is not null)
        {
            output.WriteLine(advice);
        }

        return ExitCodes.Success;
    }
}
