using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Messages;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>An open WinMM output device (a loopMIDI port, a hardware port, the GS synth).</summary>
/// <remarks>
/// Sends each message with <c>midiOutShortMsg</c> (NAudio's <c>MidiOut.Send</c>) the moment it is handed over: WinMM takes no
/// timestamps, so <see cref="Lookahead"/> is zero and the player calls <see cref="Send"/> at the
/// due time. Called from the player's one thread; allocates nothing per message.
/// </remarks>
[SupportedOSPlatform("windows")]
internal sealed class WinMMOutput : IMidiOutput
{
    private readonly NAudio.Midi.MidiOut _device;
    private int _disposed;

    /// <summary>Wraps an open device.</summary>
    /// <param name="port">What it is, as listed.</param>
    /// <param name="device">The open device; this output owns and closes it.</param>
    public WinMMOutput(MidiPortInfo port, NAudio.Midi.MidiOut device)
    {
        Port = port;
        _device = device;
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; }

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <inheritdoc />
    /// <remarks>A MIDI port: it carries the clock (<c>--clock</c>), placed like notes.</remarks>
    public bool ReceivesClock => true;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            _device.Send(unchecked((int)ShortMessage.Pack(message)));
        }
        catch (NAudio.MmException e)
        {
            throw WinMMErrors.Exception(e, Port.Name, "send to");
        }
    }

    /// <inheritdoc />
    public bool Drain(TimeSpan timeout) => true;

    /// <summary>Closes the device (<c>midiOutClose</c>), once; never <c>Reset</c>, which would also reset every controller: the player has sent its own note-offs.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _device.Dispose();
        }
    }
}
