using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Playback;

/// <summary>
/// The outputs a run plays to, opened from a <see cref="PortChoice"/>, closed together. Each one
/// opened here is guarded (<see cref="OutputGuard"/>): one that goes away mid-run is dropped with a
/// line saying so and the run plays on to the others; the last one going stops the run.
/// </summary>
/// <remarks>
/// Lines for the terminal (the console monitor's notes, an output going away or coming back) are
/// written by <see cref="ConsoleLines"/>' own thread, so a terminal that does not read never holds
/// up a note.
/// </remarks>
internal sealed class OpenedOutputs : IDisposable
{
    private readonly List<IMidiOutput> _outputs = [];
    private readonly ConsoleLines _lines;
    private readonly OutputGuard _guard;

    private OpenedOutputs(TextWriter console)
    {
        _lines = new ConsoleLines(console);
        _guard = new OutputGuard(line => _lines.Write(line));
    }

    public IReadOnlyList<IMidiOutput> Outputs => _outputs;

    public bool IsConsole { get; private set; }

    /// <summary>The run's lines for the terminal, written by a thread of their own: for whatever the MIDI thread has to say (the status line, notices).</summary>
    public ConsoleLines Lines => _lines;

    /// <summary>Opens everything <paramref name="choice"/> names; on any failure closes what was opened and rethrows.</summary>
    public static OpenedOutputs Open(PortChoice choice, TextWriter console)
    {
        var opened = new OpenedOutputs(console);
        try
        {
            foreach (var (backend, port) in choice.Ports)
            {
                opened._outputs.Add(opened._guard.Guard(backend.Open(port, PortSelector.DefaultVirtualName)));
            }

            if (choice.Virtual is { } maker)
            {
                opened._outputs.Add(opened._guard.Guard(maker.CreateVirtual(choice.VirtualName)));
            }

            if (choice.Console)
            {
                opened._outputs.Add(opened._guard.Guard(new ConsoleMonitorOutput(opened._lines)));
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

    /// <summary>Adds an output that follows the run (the recording, the preview): not guarded, and not one that keeps a run going.</summary>
    public void Add(IMidiOutput output) => _outputs.Add(output);

    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }

        _outputs.Clear();
        _lines.Dispose();
    }
}
