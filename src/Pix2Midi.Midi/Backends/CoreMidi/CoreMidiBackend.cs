using System.Globalization;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.CoreMidi;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>macOS CoreMIDI: IAC buses, hardware and other apps' destinations, and virtual sources a DAW sees as inputs.</summary>
/// <remarks>
/// <para>
/// Destinations are listed by their display name ("IAC Driver Bus 1") with their
/// kMIDIPropertyUniqueID as the id, and found again by both when opened. A virtual port
/// (<see cref="CreateVirtual"/>) keeps the same unique ID across launches, so a DAW's routing to
/// it survives a restart of Pix2Midi.
/// </para>
/// <para>
/// Usable from any OS: elsewhere <see cref="Probe"/> says CoreMIDI is macOS only and the other
/// members throw <see cref="MidiOutputException"/>. One CoreMIDI client serves the whole process.
/// </para>
/// </remarks>
public sealed class CoreMidiBackend : IMidiBackend
{
    /// <summary>The backend's short name and <c>--port</c> prefix.</summary>
    public const string BackendName = "coremidi";

    /// <summary>Why this backend cannot work here.</summary>
    internal const string NotMacOS = "CoreMIDI is macOS only";

    private const string DefaultClientName = "Pix2Midi";

    /// <inheritdoc />
    public string Name => BackendName;

    /// <inheritdoc />
    public bool CanCreateVirtual => true;

    /// <inheritdoc />
    /// <remarks>On macOS this creates Pix2Midi's CoreMIDI client, which also starts the MIDI server if needed.</remarks>
    public BackendStatus Probe()
    {
        if (!OperatingSystem.IsMacOS())
        {
            return BackendStatus.Unavailable(NotMacOS);
        }

        try
        {
            _ = CoreMidiSession.Get(DefaultClientName);
            return BackendStatus.Ready;
        }
        catch (MidiOutputException e)
        {
            return BackendStatus.Unavailable(e.Message);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<MidiPortInfo> ListOutputs()
    {
        if (!OperatingSystem.IsMacOS())
        {
            throw new MidiOutputException(NotMacOS);
        }

        return [.. CoreMidiSession.Get(DefaultClientName).Destinations()
            .Select(d => new MidiPortInfo(BackendName, d.Name, d.UniqueId.ToString(CultureInfo.InvariantCulture)))];
    }

    /// <inheritdoc />
    /// <remarks><paramref name="clientName"/> names the output port; the process's client keeps the name it was created with.</remarks>
    public IMidiOutput Open(MidiPortInfo port, string clientName)
    {
        ArgumentNullException.ThrowIfNull(port);
        if (!OperatingSystem.IsMacOS())
        {
            throw new MidiOutputException(NotMacOS);
        }

        var session = CoreMidiSession.Get(string.IsNullOrWhiteSpace(clientName) ? DefaultClientName : clientName);
        var destinations = session.Destinations();
        var index = CoreMidiPortMatcher.Find(destinations, port.Name, port.Id);
        if (index < 0)
        {
            throw new MidiOutputException(CoreMidiErrors.Describe((int)MidiStatus.UnknownEndpoint, port.Name, "open"));
        }

        var found = destinations[index];
        return CoreMidiOutput.ToDestination(
            session,
            port with { Name = found.Name, Id = found.UniqueId.ToString(CultureInfo.InvariantCulture) },
            found.Ref,
            string.IsNullOrWhiteSpace(clientName) ? DefaultClientName : clientName);
    }

    /// <inheritdoc />
    public IMidiOutput CreateVirtual(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!OperatingSystem.IsMacOS())
        {
            throw new MidiOutputException(NotMacOS);
        }

        return CoreMidiOutput.VirtualSource(CoreMidiSession.Get(DefaultClientName), name);
    }
}
