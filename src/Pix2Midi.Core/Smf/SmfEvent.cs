using System.Text;

namespace Pix2Midi.Core.Smf;

/// <summary>One event of a track read from a Standard MIDI File.</summary>
/// <remarks>
/// One shape for all three kinds of event, told apart by <see cref="Status"/>: a channel message
/// (0x80–0xEF, with its data bytes in <see cref="Data1"/> and <see cref="Data2"/>), a meta event
/// (0xFF, with <see cref="MetaType"/> and its payload in <see cref="Data"/>) or a system-exclusive
/// message (0xF0 or 0xF7, payload in <see cref="Data"/>). Running status is resolved: every
/// channel message carries its own status. Equality compares <see cref="Data"/> by reference, as
/// <see cref="ReadOnlyMemory{T}"/> does; compare payloads with <c>Data.Span.SequenceEqual</c>.
/// </remarks>
/// <param name="Tick">The absolute time in ticks from the start of the track.</param>
/// <param name="Status">The status byte: a channel message's kind and channel, 0xFF for meta, 0xF0/0xF7 for sysex.</param>
/// <param name="Data1">A channel message's first data byte (note or controller); 0 otherwise.</param>
/// <param name="Data2">A channel message's second data byte (velocity or value); 0 for one-byte messages and otherwise.</param>
/// <param name="MetaType">A meta event's type (0x03 track name, 0x51 tempo, 0x2F end of track…); 0 otherwise.</param>
/// <param name="Data">The payload of a meta or sysex event, without its length; empty for channel messages.</param>
public readonly record struct SmfEvent(long Tick, byte Status, byte Data1, byte Data2, byte MetaType, ReadOnlyMemory<byte> Data)
{
    /// <summary>The status byte of meta events.</summary>
    public const byte MetaStatus = 0xFF;

    /// <summary>The meta type of a sequence or track name.</summary>
    public const byte TrackNameMetaType = 0x03;

    /// <summary>The meta type of a tempo change (3 bytes, µs per quarter note).</summary>
    public const byte TempoMetaType = 0x51;

    /// <summary>The meta type of a time signature.</summary>
    public const byte TimeSignatureMetaType = 0x58;

    /// <summary>The meta type that ends a track.</summary>
    public const byte EndOfTrackMetaType = 0x2F;

    /// <summary>Whether this is a channel message (status 0x80–0xEF).</summary>
    public bool IsChannelMessage => Status is >= 0x80 and < 0xF0;

    /// <summary>Whether this is a meta event.</summary>
    public bool IsMeta => Status == MetaStatus;

    /// <summary>Whether this is a system-exclusive message (0xF0, or 0xF7 for a continuation or escape).</summary>
    public bool IsSysEx => Status is 0xF0 or 0xF7;

    /// <summary>Whether this is the end-of-track meta event.</summary>
    public bool IsEndOfTrack => IsMeta && MetaType == EndOfTrackMetaType;

    /// <summary>A channel message's kind: its status with the channel cleared (0x80 note off, 0x90 note on…).</summary>
    public byte Kind => (byte)(Status & 0xF0);

    /// <summary>A channel message's channel, 0–15.</summary>
    public int Channel => Status & 0x0F;

    /// <summary>
    /// A text meta event's text (types 0x01–0x0F: text, copyright, name, lyric, marker…) decoded
    /// as UTF-8, or <see langword="null"/> for any other event.
    /// </summary>
    public string? Text => IsMeta && MetaType is >= 0x01 and <= 0x0F ? Encoding.UTF8.GetString(Data.Span) : null;

    /// <summary>A tempo meta event's microseconds per quarter note, or <see langword="null"/> for any other event.</summary>
    public int? MicrosecondsPerQuarter =>
        IsMeta && MetaType == TempoMetaType && Data.Length == 3
            ? (Data.Span[0] << 16) | (Data.Span[1] << 8) | Data.Span[2]
            : null;
}
