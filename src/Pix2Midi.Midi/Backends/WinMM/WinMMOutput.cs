using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Messages;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.WinMM;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>An open WinMM output device (a loopMIDI port, a hardware port, the GS synth).</summary>
/// <remarks>
/// Sends each message with <c>midiOutShortMsg</c> the moment it is handed over: WinMM takes no
/// timestamps, so <see cref="Lookahead"/> is zero and the player calls <see cref="Send"/> at the
/// due time. Called from the player's one thread; allocates nothing per message.
/// </remarks>
[SupportedOSPlatform("windows")]
internal sealed class WinMMOutput : IMidiOutput
{
    private readonly SafeMidiOutHandle _handle;

    /// <summary>Wraps an open device.</summary>
    /// <param name="port">What it is, as listed.</param>
    /// <param name="handle">The handle <c>midiOutOpen</c> returned; this output owns and closes it.</param>
    public WinMMOutput(MidiPortInfo port, SafeMidiOutHandle handle)
    {
        Port = port;
        _handle = handle;
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; }

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var result = midiOutShortMsg(_handle, ShortMessage.Pack(message));
        if (result != MmResult.NoError)
        {
            throw WinMMErrors.Exception(result, Port.Name, "send to");
        }
    }

    /// <inheritdoc />
    public bool Drain(TimeSpan timeout) => true;

    /// <summary>Closes the device with <c>midiOutClose</c> (never <c>midiOutReset</c>).</summary>
    public void Dispose() => _handle.Dispose();
}
