namespace Pix2Midi.Midi.Outputs;

/// <summary>What <see cref="PortSelector"/> decided to open.</summary>
/// <param name="Ports">Existing ports to open, each with its backend.</param>
/// <param name="Virtual">A backend to create a virtual port with, or null.</param>
/// <param name="VirtualName">The virtual port's name.</param>
/// <param name="Console">Show notes in the terminal instead (no port found).</param>
/// <param name="Note">One line for the user about the choice made for them (which port, or how to connect one), or null when they chose.</param>
public sealed record PortChoice(
    IReadOnlyList<(IMidiBackend Backend, MidiPortInfo Port)> Ports,
    IMidiBackend? Virtual,
    string VirtualName,
    bool Console,
    string? Note);
