using System.Buffers.Binary;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>
/// Packs a note event as the 28-byte <c>snd_seq_event_t</c> the ALSA sequencer takes: what the
/// <c>snd_seq_ev_set_*</c> macros would do in C.
/// </summary>
/// <remarks>
/// Layout (little-endian): type @0, flags @1 (0: tick time, absolute, fixed length), tag @2,
/// queue @3 (253: direct, no queue), time @4–11 (unused when direct), source client @12 and port
/// @13, destination client @14 (254: our subscribers) and port @15 (253: unknown), then the data:
/// for notes channel @16, note @17, velocity @18, off-velocity @19, duration u32 @20; for
/// controllers and program changes (<c>snd_seq_ev_ctrl_t</c>) channel @16, parameter u32 @20,
/// value i32 @24, where a program change carries the program in value and 0 in parameter. The
/// clock's messages (<c>SND_SEQ_EVENT_CLOCK</c>, <c>START</c>, <c>CONTINUE</c>, <c>STOP</c>) carry no data.
/// </remarks>
internal static class AlsaSequencerEvent
{
    /// <summary><c>sizeof(snd_seq_event_t)</c>.</summary>
    public const int Size = 28;

    /// <summary><c>SND_SEQ_EVENT_NOTEON</c>.</summary>
    public const byte NoteOn = 6;

    /// <summary><c>SND_SEQ_EVENT_NOTEOFF</c>.</summary>
    public const byte NoteOff = 7;

    /// <summary><c>SND_SEQ_EVENT_CONTROLLER</c>.</summary>
    public const byte Controller = 10;

    /// <summary><c>SND_SEQ_EVENT_PGMCHANGE</c>.</summary>
    public const byte ProgramChange = 11;

    /// <summary><c>SND_SEQ_EVENT_START</c>: the clock's Start (0xFA).</summary>
    public const byte Start = 30;

    /// <summary><c>SND_SEQ_EVENT_CONTINUE</c>: the clock's Continue (0xFB).</summary>
    public const byte Continue = 31;

    /// <summary><c>SND_SEQ_EVENT_STOP</c>: the clock's Stop (0xFC).</summary>
    public const byte Stop = 32;

    /// <summary><c>SND_SEQ_EVENT_CLOCK</c>: the clock's Timing Clock (0xF8).</summary>
    public const byte Clock = 36;

    /// <summary><c>SND_SEQ_QUEUE_DIRECT</c>: deliver at once, without a queue.</summary>
    public const byte DirectQueue = 253;

    /// <summary><c>SND_SEQ_ADDRESS_SUBSCRIBERS</c>: every port subscribed to the source.</summary>
    public const byte Subscribers = 254;

    /// <summary><c>SND_SEQ_ADDRESS_UNKNOWN</c>: the port part of a subscribers address.</summary>
    public const byte UnknownPort = 253;

    /// <summary>Writes <paramref name="message"/> into <paramref name="destination"/> (at least <see cref="Size"/> bytes), sent from our port to its subscribers, direct.</summary>
    /// <param name="message">A note on, note off, control change, program change, or a message of the clock.</param>
    /// <param name="sourceClient">Our client number (the kernel fills it in anyway).</param>
    /// <param name="sourcePort">Our port number.</param>
    /// <param name="destination">The event buffer; all of it is overwritten.</param>
    /// <exception cref="ArgumentException">A data byte is above 127 or the channel above 15.</exception>
    public static void Write(NoteEvent message, byte sourceClient, byte sourcePort, Span<byte> destination)
    {
        if (message.Channel > 15 || message.Data1 > 127 || message.Data2 > 127)
        {
            throw new ArgumentException($"Not a valid MIDI message: channel {message.Channel}, data {message.Data1} {message.Data2}.", nameof(message));
        }

        var ev = destination[..Size];
        ev.Clear();
        ev[0] = message.Kind switch
        {
            NoteEventKind.NoteOn => NoteOn,
            NoteEventKind.NoteOff => NoteOff,
            NoteEventKind.ControlChange => Controller,
            NoteEventKind.ProgramChange => ProgramChange,
            NoteEventKind.TimingClock => Clock,
            NoteEventKind.Start => Start,
            NoteEventKind.Continue => Continue,
            NoteEventKind.Stop => Stop,
            _ => throw new ArgumentOutOfRangeException(nameof(message), message.Kind, "not a channel message Pix2Midi sends"),
        };
        ev[3] = DirectQueue;
        ev[12] = sourceClient;
        ev[13] = sourcePort;
        ev[14] = Subscribers;
        ev[15] = UnknownPort;
        if (message.IsClock)
        {
            // snd_seq_ev_set_queue_start and the like: the data (a queue control) stays zero; a
            // MIDI port's driver sends the one real-time byte.
            return;
        }

        ev[16] = message.Channel;
        if (message.Kind == NoteEventKind.ControlChange)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(ev[20..], message.Data1);
            BinaryPrimitives.WriteInt32LittleEndian(ev[24..], message.Data2);
        }
        else if (message.Kind == NoteEventKind.ProgramChange)
        {
            // snd_seq_ev_set_pgmchange: the program is the control's value; its parameter stays 0.
            BinaryPrimitives.WriteInt32LittleEndian(ev[24..], message.Data1);
        }
        else
        {
            ev[17] = message.Data1;
            ev[18] = message.Data2;
        }
    }
}
