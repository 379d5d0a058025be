using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Shows notes in the terminal as they play: the output used when there is no MIDI port, so a
/// first run on any machine does something visible.
/// </summary>
/// <remarks>
/// One line per note-on and note-off (control changes are not shown), formatted into a reused
/// buffer: nothing is allocated per message.
/// </remarks>
public sealed class ConsoleMonitorOutput(TextWriter writer) : IMidiOutput
{
    private readonly char[] _line = new char[64];

    /// <inheritdoc />
    public MidiPortInfo Port { get; } = new("console", "monitor", "console");

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        if (message.Kind is not (NoteEventKind.NoteOn or NoteEventKind.NoteOff))
        {
            return;
        }

        var length = Format(message, _line);
        writer.Write(_line, 0, length);
        writer.Flush();
    }

    /// <inheritdoc />
    public bool Drain(TimeSpan timeout) => true;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Formats <c>  m:ss.ff  ch  1  C#4   on  v100</c> and a newline into <paramref name="line"/>.</summary>
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

    private static void Append(Span<char> line, ref int at, string text)
    {
        text.AsSpan().CopyTo(line[at..]);
        at += text.Length;
    }
}
