using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Playback;

/// <summary>The outputs a run plays to, opened from a <see cref="PortChoice"/>, closed together.</summary>
internal sealed class OpenedOutputs : IDisposable
{
    private readonly List<IMidiOutput> _outputs = [];

    public IReadOnlyList<IMidiOutput> Outputs => _outputs;

    public bool IsConsole { get; private set; }

    /// <summary>Opens everything <paramref name="choice"/> names; on any failure closes what was opened and rethrows.</summary>
    public static OpenedOutputs Open(PortChoice choice, TextWriter console)
    {
        var opened = new OpenedOutputs();
        try
        {
            foreach (var (backend, port) in choice.Ports)
            {
                opened._outputs.Add(backend.Open(port, PortSelector.DefaultVirtualName));
            }

            if (choice.Virtual is { } maker)
            {
                opened._outputs.Add(maker.CreateVirtual(choice.VirtualName));
            }

            if (choice.Console)
            {
                opened._outputs.Add(new ConsoleMonitorOutput(console));
                opened.IsConsole = true;
            }

            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    public void Add(IMidiOutput output) => _outputs.Add(output);

    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }

        _outputs.Clear();
    }
}
