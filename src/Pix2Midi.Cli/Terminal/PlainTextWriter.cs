using System.Text;

namespace Pix2Midi.Cli.Terminal;

/// <summary>
/// A writer for a console that cannot show Pix2Midi's few typographic characters (a Windows console
/// kept on code page 437 or 1252): each is written as its plain ASCII stand-in (<c>→</c> as
/// <c>-&gt;</c>, <c>×</c> as <c>x</c>, <c>–</c> as <c>-</c>), so a line reads
/// <c>Rendered a.mp4 -&gt; a.mid</c>, not <c>Rendered a.mp4 ? a.mid</c>.
/// </summary>
internal sealed class PlainTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>The ASCII stand-in for <paramref name="c"/>, or null when it is written as it is.</summary>
    public static string? StandIn(char c) => c switch
    {
        '→' => "->",
        '×' => "x",
        '–' or '—' or '−' => "-",
        '“' or '”' => "\"",
        '‘' or '’' => "'",
        '…' => "...",
        '›' or '▶' => ">",
        '●' or '•' => "*",
        '♯' => "#",
        '♭' => "b",
        'µ' => "u",
        _ => null,
    };

    /// <summary><paramref name="text"/> with every character that has a stand-in replaced by it.</summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => c > '\u007f'))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = StandIn(c) is { } standIn ? plain.Append(standIn) : plain.Append(c);
        }

        return plain.ToString();
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (StandIn(value) is { } standIn)
        {
            inner.Write(standIn);
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => inner.Write(Plain(new string(buffer, index, count)));

    /// <inheritdoc />
    public override void Write(string? value) => inner.Write(value is null ? null : Plain(value));

    /// <inheritdoc />
    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Plain(value));

    /// <inheritdoc />
    public override void WriteLine() => inner.WriteLine();

    /// <inheritdoc />
    public override void Flush() => inner.Flush();
}
