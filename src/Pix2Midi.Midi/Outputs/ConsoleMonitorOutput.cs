using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Shows notes in the terminal as they play: the output used when there is no MIDI port, so a
/// first run on any machine does something visible (and, with <c>--port console</c>, next to real ports).
/// </summary>
/// <remarks>
/// One line per note-on and note-off, and one per program change (a mapping's instrument, at the
/// start and when a reload changes it); control changes are not shown. Lines are formatted into a reused
/// buffer and handed to <see cref="ConsoleLines"/>, whose own thread writes it: a terminal that is
/// slow, paused or not read never holds up a note, and nothing is allocated per message. Lines the
/// terminal does not take in time are dropped and counted, never waited for.
/// </remarks>
public sealed class ConsoleMonitorOutput : IMidiOutput
{
    /// <summary>How long <see cref="Drain"/> waits for the terminal at most: lines are for people, and never hold up the music.</summary>
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMilliseconds(100);

    private readonly char[] _line = new char[64];
    private readonly ConsoleLines _lines;
    private readonly bool _ownsLines;

    /// <summary>Shows notes through <paramref name="lines"/>, which the caller disposes.</summary>
    public ConsoleMonitorOutput(ConsoleLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = lines;
    }

    /// <summary>Shows notes on <paramref name="writer"/>, through lines of its own.</summary>
    public ConsoleMonitorOutput(TextWriter writer)
    {
        _lines = new ConsoleLines(writer);
        _ownsLines = true;
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; } = new("console", "monitor", "console");

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        if (message.Kind is not (NoteEventKind.NoteOn or NoteEventKind.NoteOff or NoteEventKind.ProgramChange))
        {
            return;
        }

        var length = Format(message, _line);
        _lines.Write(_line.AsSpan(0, length - 1));
    }

    /// <inheritdoc />
    /// <remarks>Waits for the terminal at most 0.1 s whatever <paramref name="timeout"/> says.</remarks>
    public bool Drain(TimeSpan timeout) => _lines.Flush(timeout < MaxDrain ? timeout : MaxDrain);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsLines)
        {
            _lines.Dispose();
        }
    }

    /// <summary>
    /// Formats <c>  m:ss.ff  ch  1  C#4   on  v100</c>, or for a program change
    /// <c>  m:ss.ff  ch  1  program 15 Tubular Bells</c> (numbered 1–128 as General MIDI numbers
    /// programs; on channel 10 a kit's name), and a newline into <paramref name="line"/>.
    /// </summary>
    internal static int Format(NoteEvent message, Span<char> line)
    {
        var time = message.Time;
        var at = 0;
        Append(line, ref at, "  ");
        ((int)time.TotalMinutes).TryFormat(line[at..], out var n, provider: System.Globalization.CultureInfo.InvariantCulture);
        at += n;
        line[at++] = ':';
        time.Seconds.TryFormat(line[at..], out n, "00", System.Globalization.CultureInfo.InvariantCulture);
        at += n;
        line[at++] = '.';
        (time.Milliseconds / 10).TryFormat(line[at..], out n, "00", System.Globalization.CultureInfo.InvariantCulture);
        at += n;
        Append(line, ref at, "  ch ");
        (message.Channel + 1).TryFormat(line[at..], out n, "#0", System.Globalization.CultureInfo.InvariantCulture);
        if (n == 1)
        {
            line[at + 1] = line[at];
            line[at] = ' ';
            n = 2;
        }

        at += n;
        Append(line, ref at, "  ");
        if (message.Kind == NoteEventKind.ProgramChange)
        {
            Append(line, ref at, "program ");
            (message.Data1 + 1).TryFormat(line[at..], out n, provider: System.Globalization.CultureInfo.InvariantCulture);
            at += n;
            line[at++] = ' ';
            var program = message.Data1 & 0x7F;
            var instrument = message.Channel + 1 == GeneralMidi.DrumChannel ? GeneralMidi.KitName(program) ?? "drum kit" : GeneralMidi.ProgramName(program);
            var room = line.Length - at - 1;
            Append(line, ref at, instrument.AsSpan(0, Math.Min(instrument.Length, room)));
            line[at++] = '\n';
            return at;
        }

        var name = NoteName.Format(message.Data1);
        Append(line, ref at, name);
        for (var pad = name.Length; pad < 5; pad++)
        {
            line[at++] = ' ';
        }

        if (message.Kind == NoteEventKind.NoteOn)
        {
            Append(line, ref at, "on  v");
            message.Data2.TryFormat(line[at..], out n, provider: System.Globalization.CultureInfo.InvariantCulture);
            at += n;
        }
        else
        {
            Append(line, ref at, "off");
        }

        line[at++] = '\n';
        return at;
    }

    private static void Append(Span<char> line, ref int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(line[at..]);
        at += text.Length;
    }
}
