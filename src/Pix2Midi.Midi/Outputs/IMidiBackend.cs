namespace Pix2Midi.Midi.Outputs;

/// <summary>One OS MIDI API: what it offers and how to open it.</summary>
/// <remarks>
/// Backends are picked at run time; one that cannot work on this OS or machine says why in
/// <see cref="Probe"/> instead of failing. Native errors surface as <see cref="MidiOutputException"/>
/// with a message a musician understands.
/// </remarks>
public interface IMidiBackend
{
    /// <summary>Short name, also the <c>--port</c> prefix: <c>winmm</c>, <c>coremidi</c>, <c>alsa</c>, <c>jack</c>.</summary>
    string Name { get; }

    /// <summary>Whether this backend could work here, and if not, one line saying why and what to do.</summary>
    BackendStatus Probe();

    /// <summary>The destinations this backend can send to now.</summary>
    /// <exception cref="MidiOutputException">The backend is not available (see <see cref="Probe"/>).</exception>
    IReadOnlyList<MidiPortInfo> ListOutputs();

    /// <summary>Opens a destination listed by <see cref="ListOutputs"/>.</summary>
    /// <param name="port">The port.</param>
    /// <param name="clientName">How Pix2Midi names itself to the OS (e.g. the JACK client or ALSA client name).</param>
    /// <exception cref="MidiOutputException">It cannot be opened; the message says why.</exception>
    IMidiOutput Open(MidiPortInfo port, string clientName);

    /// <summary>Whether <see cref="CreateVirtual"/> works with this backend (CoreMIDI, ALSA, JACK; not WinMM).</summary>
    bool CanCreateVirtual { get; }

    /// <summary>
    /// One line saying what to install or do when this backend lists no outputs (WinMM: loopMIDI),
    /// or null when the general advice serves.
    /// </summary>
    string? NoOutputsAdvice => null;

    /// <summary>Creates a port other programs (a DAW) connect to and receive from.</summary>
    /// <exception cref="MidiOutputException">It cannot be created; the message says why.</exception>
    IMidiOutput CreateVirtual(string name);
}
