using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Core.Smf;

/// <summary>Writes note events as a Standard MIDI File.</summary>
/// <remarks>
/// <para>
/// The file is format 1. Track 0, the conductor, holds the sequence name, the tempo (always
/// 120 BPM, see <see cref="SmfTimeBase"/>) and a 4/4 time signature. Then comes one track per
/// MIDI channel that has events, in channel order, so that a DAW imports each channel as its own
/// clip; each is named (<see cref="SmfWriteOptions.TrackName"/>).
/// </para>
/// <para>
/// Events keep their input order at equal ticks (the sort is stable), which matters when a note
/// is released and struck again in the same frame: the note off must come first. Channel
/// messages use running status; the track-name meta event before them cancels it, so each
/// track's first message carries its status byte. A program change (a mapping's instrument) is
/// two bytes, <c>Cn pp</c>, and goes in its channel's track like any other message; the mapping
/// engine emits it before the channel's first note, so it stands at that note's tick or earlier.
/// Names are written as UTF-8.
/// </para>
/// <para>
/// A delta time holds at most 0x0FFFFFFF ticks: 2.5 hours at PPQ 15000 (29.97 fps), 75 minutes
/// at PPQ 30000. A longer gap (a long silence, or the end of a long video) is bridged with empty
/// text events (FF 01 00) every 0x0FFFFFFF ticks, which players and DAWs ignore, so a file of any
/// length can be written.
/// </para>
/// </remarks>
public static class SmfWriter
{
    private const int HeaderLength = 6;
    private const byte MetaEvent = 0xFF;
    private const byte TextMeta = 0x01;
    private const byte TrackNameMeta = 0x03;
    private const byte EndOfTrackMeta = 0x2F;
    private const byte TempoMeta = 0x51;
    private const byte TimeSignatureMeta = 0x58;
    private const int ChannelCount = 16;

    /// <summary>Writes <paramref name="events"/> to <paramref name="output"/> as a complete file.</summary>
    /// <param name="output">Where to write; left open, positioned after the file.</param>
    /// <param name="timeBase">The resolution and tempo; event times are rounded to its ticks.</param>
    /// <param name="events">The events, normally in time order; any channels, 0–15.</param>
    /// <param name="options">Names and end time; <see cref="SmfWriteOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">
    /// An event is invalid (channel above 15, data above 127, an unknown kind, a note on with
    /// velocity 0 or a negative time).
    /// </exception>
    public static void Write(Stream output, SmfTimeBase timeBase, IReadOnlyList<NoteEvent> events, SmfWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        options ??= SmfWriteOptions.Default;
        if (timeBase.TicksPerQuarter == 0)
        {
            throw new ArgumentException("The time base is default: create one with SmfTimeBase.ForFrameRate or SmfTimeBase.Fine.", nameof(timeBase));
        }

        if (options.EndTime < TimeSpan.Zero)
        {
            throw new ArgumentException($"The end time {options.EndTime} is negative.", nameof(options));
        }

        var byChannel = SplitByChannel(timeBase, events);
        var endTick = options.EndTime is { } end ? timeBase.ToTick(end) : 0;
        // Build every track before writing anything, so that a rejected file leaves the stream untouched.
        var tracks = new List<ArrayBufferWriter<byte>>(1 + ChannelCount);
        var conductor = new ArrayBufferWriter<byte>(64);
        WriteConductor(conductor, timeBase, options.SequenceName, endTick);
        tracks.Add(conductor);
        for (var channel = 0; channel < ChannelCount; channel++)
        {
            if (byChannel[channel] is { } channelEvents)
            {
                var track = new ArrayBufferWriter<byte>(16 + (channelEvents.Count * 4));
                WriteChannelTrack(track, channelEvents, options.TrackName(channel), endTick);
                tracks.Add(track);
            }
        }

        Span<byte> header = stackalloc byte[8 + HeaderLength];
        "MThd"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header[4..], HeaderLength);
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], (ushort)tracks.Count);
        BinaryPrimitives.WriteUInt16BigEndian(header[12..], (ushort)timeBase.TicksPerQuarter);
        output.Write(header);
        foreach (var track in tracks)
        {
            WriteChunk(output, track.WrittenSpan);
        }
    }

    /// <summary>Returns the file <see cref="Write"/> would write, as bytes.</summary>
    /// <param name="timeBase">The resolution and tempo; event times are rounded to its ticks.</param>
    /// <param name="events">The events, normally in time order; any channels, 0–15.</param>
    /// <param name="options">Names and end time; <see cref="SmfWriteOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">As for <see cref="Write"/>.</exception>
    public static byte[] ToBytes(SmfTimeBase timeBase, IReadOnlyList<NoteEvent> events, SmfWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, timeBase, events, options);
        return stream.ToArray();
    }

    private static List<(long Tick, NoteEvent Event)>?[] SplitByChannel(SmfTimeBase timeBase, IReadOnlyList<NoteEvent> events)
    {
        var byChannel = new List<(long Tick, NoteEvent Event)>?[ChannelCount];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Validate(e, i);
            (byChannel[e.Channel] ??= []).Add((timeBase.ToTick(e.Time), e));
        }

        foreach (var list in byChannel)
        {
            if (list is not null && !IsSortedByTick(list))
            {
                // Stable: a list's index breaks ties, as List.Sort alone is not stable.
                var order = new (long Tick, int Index)[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    order[i] = (list[i].Tick, i);
                }

                Array.Sort(order);
                var sorted = new (long Tick, NoteEvent Event)[list.Count];
                for (var i = 0; i < order.Length; i++)
                {
                    sorted[i] = list[order[i].Index];
                }

                list.Clear();
                list.AddRange(sorted);
            }
        }

        return byChannel;
    }

    private static void Validate(NoteEvent e, int index)
    {
        string? problem = null;
        if (e.Kind is not (NoteEventKind.NoteOn or NoteEventKind.NoteOff or NoteEventKind.ControlChange or NoteEventKind.ProgramChange))
        {
            problem = $"has the unknown kind {(int)e.Kind}";
        }
        else if (e.Channel >= ChannelCount)
        {
            problem = $"is on channel {e.Channel}; channels are 0 to 15";
        }
        else if (e.Data1 > 0x7F || e.Data2 > 0x7F)
        {
            problem = $"has a data byte above 127 ({e.Data1}, {e.Data2})";
        }
        else if (e.Kind == NoteEventKind.NoteOn && e.Data2 == 0)
        {
            problem = "is a note on with velocity 0, which means note off; use a note off";
        }
        else if (e.Time < TimeSpan.Zero)
        {
            problem = "has a negative time";
        }

        if (problem is not null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Event {index} ({e}) {problem}."), "events");
        }
    }

    private static bool IsSortedByTick(List<(long Tick, NoteEvent Event)> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Tick < list[i - 1].Tick)
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteConductor(ArrayBufferWriter<byte> track, SmfTimeBase timeBase, string sequenceName, long endTick)
    {
        if (!string.IsNullOrEmpty(sequenceName))
        {
            WriteName(track, sequenceName);
        }

        var tempo = timeBase.MicrosecondsPerQuarter;
        WriteBytes(track, [0, MetaEvent, TempoMeta, 3, (byte)(tempo >> 16), (byte)(tempo >> 8), (byte)tempo]);

        // 4/4: numerator 4, denominator 2^2, 24 MIDI clocks a metronome click, 8 32nds a quarter.
        WriteBytes(track, [0, MetaEvent, TimeSignatureMeta, 4, 4, 2, 24, 8]);
        WriteEndOfTrack(track, endTick, 0);
    }

    private static void WriteChannelTrack(ArrayBufferWriter<byte> track, List<(long Tick, NoteEvent Event)> events, string name, long endTick)
    {
        WriteName(track, name);
        var runningStatus = 0;
        var previousTick = 0L;
        foreach (var (tick, e) in events)
        {
            if (WriteDelta(track, tick - previousTick))
            {
                // The bridging text events cancel running status.
                runningStatus = 0;
            }

            previousTick = tick;
            var status = e.Status;
            var span = track.GetSpan(3);
            var length = 0;
            if (status != runningStatus)
            {
                span[length++] = status;
                runningStatus = status;
            }

            span[length++] = e.Data1;
            if (e.Kind != NoteEventKind.ProgramChange)
            {
                // A program change has one data byte: Cn pp.
                span[length++] = e.Data2;
            }

            track.Advance(length);
        }

        WriteEndOfTrack(track, Math.Max(endTick, previousTick), previousTick);
    }

    private static void WriteName(ArrayBufferWriter<byte> track, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        if (bytes.Length > VariableLengthQuantity.MaxValue)
        {
            throw new ArgumentException("A track name is too long for a MIDI file.", "options");
        }

        WriteBytes(track, [0, MetaEvent, TrackNameMeta]);
        VariableLengthQuantity.Write(bytes.Length, track);
        WriteBytes(track, bytes);
    }

    private static void WriteEndOfTrack(ArrayBufferWriter<byte> track, long endTick, long previousTick)
    {
        WriteDelta(track, endTick - previousTick);
        WriteBytes(track, [MetaEvent, EndOfTrackMeta, 0]);
    }

    /// <summary>Writes a delta time, bridging a gap longer than one delta holds with empty text events.</summary>
    /// <returns>Whether bridging events were written (they cancel running status).</returns>
    private static bool WriteDelta(ArrayBufferWriter<byte> track, long delta)
    {
        var bridged = false;
        while (delta > VariableLengthQuantity.MaxValue)
        {
            VariableLengthQuantity.Write(VariableLengthQuantity.MaxValue, track);
            WriteBytes(track, [MetaEvent, TextMeta, 0]);
            delta -= VariableLengthQuantity.MaxValue;
            bridged = true;
        }

        VariableLengthQuantity.Write((int)delta, track);
        return bridged;
    }

    private static void WriteBytes(ArrayBufferWriter<byte> track, ReadOnlySpan<byte> bytes) => track.Write(bytes);

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> trackData)
    {
        Span<byte> chunkHeader = stackalloc byte[8];
        "MTrk"u8.CopyTo(chunkHeader);
        BinaryPrimitives.WriteUInt32BigEndian(chunkHeader[4..], (uint)trackData.Length);
        output.Write(chunkHeader);
        output.Write(trackData);
    }
}
