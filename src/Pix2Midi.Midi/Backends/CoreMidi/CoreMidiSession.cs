using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.CoreMidi;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>
/// Pix2Midi's one CoreMIDI client and what every CoreMIDI call needs: the property keys and the
/// host clock's timebase.
/// </summary>
/// <remarks>
/// Created on first use and kept for the life of the process: Apple advises against disposing
/// clients (disposing the last one may stop the MIDI server). Outputs create and dispose their own
/// ports and virtual sources in it. The libraries are loaded by their paths with
/// <see cref="NativeLibrary"/>; on macOS 11+ they live in the shared cache, not on disk.
/// </remarks>
[SupportedOSPlatform("macos")]
internal sealed class CoreMidiSession
{
    private static readonly Lock Gate = new();
    private static CoreMidiSession? _shared;

    private CoreMidiSession(uint client, nint nameKey, nint displayNameKey, nint uniqueIdKey, MachTimebase timebase)
    {
        Client = client;
        NameKey = nameKey;
        DisplayNameKey = displayNameKey;
        UniqueIdKey = uniqueIdKey;
        Timebase = timebase;
    }

    /// <summary>The MIDIClientRef.</summary>
    public uint Client { get; }

    /// <summary>kMIDIPropertyName (a CFStringRef owned by CoreMIDI).</summary>
    public nint NameKey { get; }

    /// <summary>kMIDIPropertyDisplayName, or 0 if this macOS lacks it.</summary>
    public nint DisplayNameKey { get; }

    /// <summary>kMIDIPropertyUniqueID.</summary>
    public nint UniqueIdKey { get; }

    /// <summary>Host ticks to nanoseconds.</summary>
    public MachTimebase Timebase { get; }

    /// <summary>The session, created with <paramref name="clientName"/> the first time.</summary>
    /// <exception cref="MidiOutputException">CoreMIDI could not be loaded or refused the client.</exception>
    public static CoreMidiSession Get(string clientName)
    {
        lock (Gate)
        {
            return _shared ??= Create(clientName);
        }
    }

    /// <summary>Every destination now (IAC buses, hardware, other apps' virtual destinations).</summary>
    public List<CoreMidiEndpoint> Destinations()
    {
        var count = MIDIGetNumberOfDestinations();
        var endpoints = new List<CoreMidiEndpoint>((int)Math.Min(count, 1024));
        for (nuint i = 0; i < count; i++)
        {
            var endpoint = MIDIGetDestination(i);
            if (endpoint == 0 || Name(endpoint) is not { } name)
            {
                continue;
            }

            var uniqueId = MIDIObjectGetIntegerProperty(endpoint, UniqueIdKey, out var id) == 0 ? id : 0;
            endpoints.Add(new CoreMidiEndpoint(endpoint, name, uniqueId));
        }

        return endpoints;
    }

    /// <summary>An object's display name, else its name, else null.</summary>
    public string? Name(uint obj)
    {
        if (DisplayNameKey != 0 && StringProperty(obj, DisplayNameKey) is { Length: > 0 } display)
        {
            return display;
        }

        return StringProperty(obj, NameKey);
    }

    private string? StringProperty(uint obj, nint key)
    {
        if (MIDIObjectGetStringProperty(obj, key, out var value) != 0)
        {
            value.Dispose();
            return null;
        }

        using (value)
        {
            return value.IsInvalid ? null : CFStrings.ToManaged(value);
        }
    }

    private static CoreMidiSession Create(string clientName)
    {
        nint library;
        try
        {
            library = NativeLibrary.Load(Interop.Libraries.CoreMidi);
        }
        catch (DllNotFoundException e)
        {
            throw new MidiOutputException($"macOS's CoreMIDI framework could not be loaded ({e.Message}).", e);
        }

        var nameKey = Key(library, "kMIDIPropertyName") ?? throw new MidiOutputException("This macOS's CoreMIDI lacks kMIDIPropertyName.");
        var uniqueIdKey = Key(library, "kMIDIPropertyUniqueID") ?? throw new MidiOutputException("This macOS's CoreMIDI lacks kMIDIPropertyUniqueID.");
        var displayNameKey = Key(library, "kMIDIPropertyDisplayName") ?? 0;
        var timebase = Interop.LibSystem.mach_timebase_info(out var info) == 0
            ? MachTimebase.From(info.Numer, info.Denom)
            : MachTimebase.Identity;

        using var name = CFStrings.Create(clientName);
        var status = MIDIClientCreate(name, 0, 0, out var client);
        if (status != 0)
        {
            throw CoreMidiErrors.Exception(status, clientName, "register with macOS's MIDI server as");
        }

        return new CoreMidiSession(client, nameKey, displayNameKey, uniqueIdKey, timebase);
    }

    /// <summary>The CFStringRef an exported constant such as kMIDIPropertyName holds, or null.</summary>
    private static nint? Key(nint library, string symbol) =>
        NativeLibrary.TryGetExport(library, symbol, out var address) && Marshal.ReadIntPtr(address) is var value && value != 0 ? value : null;
}
