namespace Pix2Midi.Midi.Outputs;

/// <summary>A MIDI destination a backend can send to.</summary>
/// <param name="Backend">The backend's short name: <c>winmm</c>, <c>coremidi</c>, <c>alsa</c>, <c>jack</c>, <c>console</c>.</param>
/// <param name="Name">The name users see and type, such as <c>loopMIDI Port</c> or <c>fluidsynth:midi_00</c>.</param>
/// <param name="Id">What the backend needs to open it again (device index, endpoint ref, client:port), opaque to others.</param>
/// <param name="IsVirtual">A port Pix2Midi creates itself for others to connect to.</param>
public sealed record MidiPortInfo(string Backend, string Name, string Id, bool IsVirtual = false)
{
    /// <summary><c>backend:name</c>, the form <c>--port</c> accepts with a backend prefix.</summary>
    public string QualifiedName => $"{Backend}:{Name}";

    /// <inheritdoc />
    public override string ToString() => QualifiedName;
}
