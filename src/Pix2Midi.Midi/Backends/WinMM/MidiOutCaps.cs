using System.Buffers.Binary;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>A MIDIOUTCAPSW structure as <c>midiOutGetDevCapsW</c> fills it, read from its bytes.</summary>
/// <remarks>
/// Layout (84 bytes, little-endian): wMid u16 @0, wPid u16 @2, vDriverVersion u32 @4,
/// szPname char16[32] @8 (31 characters and a NUL), wTechnology u16 @72, wVoices u16 @74,
/// wNotes u16 @76, wChannelMask u16 @78, dwSupport u32 @80. Read byte by byte rather than through a
/// marshalled struct, so the parsing is tested on every OS.
/// </remarks>
/// <param name="ManufacturerId">wMid.</param>
/// <param name="ProductId">wPid.</param>
/// <param name="DriverVersion">vDriverVersion: major in the high byte, minor in the low byte.</param>
/// <param name="Name">szPname up to its NUL: the name loopMIDI shows, at most 31 characters.</param>
/// <param name="Technology">wTechnology: 1 MIDI port (loopMIDI, hardware), 2 synth, 5 mapper, 7 software synth.</param>
/// <param name="Voices">wVoices (synths only).</param>
/// <param name="Notes">wNotes (synths only).</param>
/// <param name="ChannelMask">wChannelMask (synths only).</param>
/// <param name="Support">dwSupport flags.</param>
internal readonly record struct MidiOutCaps(
    ushort ManufacturerId,
    ushort ProductId,
    uint DriverVersion,
    string Name,
    ushort Technology,
    ushort Voices,
    ushort Notes,
    ushort ChannelMask,
    uint Support)
{
    /// <summary>sizeof(MIDIOUTCAPSW).</summary>
    public const int Size = 84;

    /// <summary>Offset of szPname.</summary>
    public const int NameOffset = 8;

    /// <summary>MAXPNAMELEN: szPname's length in characters, its NUL included.</summary>
    public const int NameCapacity = 32;

    /// <summary>Offset of wTechnology.</summary>
    public const int TechnologyOffset = 72;

    /// <summary>Reads a MIDIOUTCAPSW from the bytes <c>midiOutGetDevCapsW</c> wrote.</summary>
    /// <exception cref="ArgumentException"><paramref name="buffer"/> is shorter than <see cref="Size"/>.</exception>
    public static MidiOutCaps Parse(ReadOnlySpan<byte> buffer)
    {
        if (buffer.Length < Size)
        {
            throw new ArgumentException($"A MIDIOUTCAPSW is {Size} bytes; got {buffer.Length}.", nameof(buffer));
        }

        return new MidiOutCaps(
            BinaryPrimitives.ReadUInt16LittleEndian(buffer),
            BinaryPrimitives.ReadUInt16LittleEndian(buffer[2..]),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[4..]),
            ReadName(buffer.Slice(NameOffset, NameCapacity * 2)),
            BinaryPrimitives.ReadUInt16LittleEndian(buffer[TechnologyOffset..]),
            BinaryPrimitives.ReadUInt16LittleEndian(buffer[74..]),
            BinaryPrimitives.ReadUInt16LittleEndian(buffer[76..]),
            BinaryPrimitives.ReadUInt16LittleEndian(buffer[78..]),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[80..]));
    }

    /// <summary>UTF-16 characters up to the first NUL; at most 31 even if a driver left out the NUL.</summary>
    private static string ReadName(ReadOnlySpan<byte> field)
    {
        Span<char> chars = stackalloc char[NameCapacity - 1];
        var length = 0;
        while (length < chars.Length)
        {
            var c = (char)BinaryPrimitives.ReadUInt16LittleEndian(field[(length * 2)..]);
            if (c == '\0')
            {
                break;
            }

            chars[length++] = c;
        }

        return new string(chars[..length]);
    }
}
