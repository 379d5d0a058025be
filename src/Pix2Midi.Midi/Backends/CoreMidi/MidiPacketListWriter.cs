using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>
/// Lays out a CoreMIDI MIDIPacketList in managed memory, byte for byte as <c>MIDIPacketListInit</c>
/// and <c>MIDIPacketListAdd</c> do.
/// </summary>
/// <remarks>
/// <para>
/// Layout (MIDIServices.h, <c>#pragma pack(4)</c>, little-endian): MIDIPacketList = numPackets u32
/// @0, first packet @4; MIDIPacket = timeStamp u64 @0, length u16 @8, data @10. The next packet
/// follows the previous one's data directly on Intel, and at the next 4-byte boundary on ARM
/// (the header's <c>MIDIPacketNext</c>); offsets here are from the list's start, which must be
/// 4-byte aligned. A message with the same timestamp as the packet before it joins that packet,
/// unless either is SysEx.
/// </para>
/// <para>
/// At run time <see cref="CoreMidiOutput"/> builds its lists with CoreMIDI's own functions; this
/// writer pins the layout down in tests on any OS.
/// </para>
/// </remarks>
internal ref struct MidiPacketListWriter
{
    /// <summary>Bytes before the first packet: numPackets.</summary>
    public const int ListHeaderSize = 4;

    /// <summary>Bytes before a packet's data: timeStamp and length.</summary>
    public const int PacketHeaderSize = 10;

    private const byte SysExStart = 0xF0;

    private readonly Span<byte> _list;
    private readonly bool _alignPackets;
    private int _packet;
    private int _end;

    /// <summary>Starts an empty list in <paramref name="list"/>, like <c>MIDIPacketListInit</c>.</summary>
    /// <param name="list">The list's memory.</param>
    /// <param name="alignPackets">Start each packet on a 4-byte boundary (ARM); see <see cref="AlignsPacketsHere"/>.</param>
    public MidiPacketListWriter(Span<byte> list, bool alignPackets)
    {
        if (list.Length < ListHeaderSize)
        {
            throw new ArgumentException($"A MIDIPacketList needs at least {ListHeaderSize} bytes.", nameof(list));
        }

        _list = list;
        _alignPackets = alignPackets;
        _packet = -1;
        _end = ListHeaderSize;
        BinaryPrimitives.WriteUInt32LittleEndian(list, 0);
    }

    /// <summary>Whether packets are 4-byte aligned on this CPU (ARM), as <c>MIDIPacketNext</c> expects.</summary>
    public static bool AlignsPacketsHere => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    /// <summary>numPackets.</summary>
    public readonly int Count => (int)BinaryPrimitives.ReadUInt32LittleEndian(_list);

    /// <summary>The bytes used so far: what to pass as the list's size.</summary>
    public readonly int Length => _end;

    /// <summary>Adds one complete MIDI message (no running status), like <c>MIDIPacketListAdd</c>.</summary>
    /// <param name="timeStamp">Host ticks; not below the previous message's.</param>
    /// <param name="message">The message's bytes.</param>
    /// <returns>False, and nothing written, when the list has no room for it.</returns>
    public bool Add(ulong timeStamp, ReadOnlySpan<byte> message)
    {
        if (message.IsEmpty || message.Length > ushort.MaxValue - PacketHeaderSize)
        {
            throw new ArgumentException("A MIDI message is 1 to 65525 bytes.", nameof(message));
        }

        if (_packet >= 0 && JoinsLastPacket(timeStamp, message))
        {
            if (_end + message.Length > _list.Length)
            {
                return false;
            }

            var length = BinaryPrimitives.ReadUInt16LittleEndian(_list[(_packet + 8)..]);
            if (length + message.Length > ushort.MaxValue)
            {
                return false;
            }

            message.CopyTo(_list[_end..]);
            BinaryPrimitives.WriteUInt16LittleEndian(_list[(_packet + 8)..], (ushort)(length + message.Length));
            _end += message.Length;
            return true;
        }

        var start = _packet < 0 ? ListHeaderSize : _alignPackets ? (_end + 3) & ~3 : _end;
        if (start + PacketHeaderSize + message.Length > _list.Length)
        {
            return false;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(_list[start..], timeStamp);
        BinaryPrimitives.WriteUInt16LittleEndian(_list[(start + 8)..], (ushort)message.Length);
        message.CopyTo(_list[(start + PacketHeaderSize)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(_list, (uint)(Count + 1));
        _packet = start;
        _end = start + PacketHeaderSize + message.Length;
        return true;
    }

    private readonly bool JoinsLastPacket(ulong timeStamp, ReadOnlySpan<byte> message) =>
        BinaryPrimitives.ReadUInt64LittleEndian(_list[_packet..]) == timeStamp
        && message[0] != SysExStart
        && _list[_packet + PacketHeaderSize] != SysExStart;
}
