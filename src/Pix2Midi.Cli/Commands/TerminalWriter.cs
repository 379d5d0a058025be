using System.Text;

namespace Pix2Midi.Cli.Commands;

/// <summary>
/// Standard output or error that outlives its terminal: once the terminal is gone (the window or
/// SSH session closed, which also sends SIGHUP), writing fails with EIO; from then on every write
/// is dropped instead of failing, so the run still releases its notes, writes its files and ends
/// by the signal, rather than dying on a status line nobody can see.
/// </summary>
/// <remarks>Any other write failure (a full disk behind a redirection) still surfaces as an <see cref="IOException"/>.</remarks>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <summary>EIO: what writing to a terminal that hung up fails with on Linux and macOS.</summary>
    private const int InputOutputError = 5;

    private volatile bool _gone;

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>Whether the terminal went away (writes are dropped).</summary>
    public bool Gone => _gone;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (!_gone)
        {
            Try(static (w, v) => w.Write(v), value);
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        if (!_gone)
        {
            Try(static (w, v) => w.Write(v.buffer, v.index, v.count), (buffer, index, count));
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (!_gone)
        {
            Try(static (w, v) => w.Write(v), value);
        }
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        if (!_gone)
        {
            Try(static (w, v) => w.WriteLine(v), value);
        }
    }

    /// <inheritdoc />
    public override void WriteLine()
    {
        if (!_gone)
        {
            Try(static (w, _) => w.WriteLine(), 0);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        if (!_gone)
        {
            Try(static (w, _) => w.Flush(), 0);
        }
    }

    private void Try<T>(Action<TextWriter, T> write, T value)
    {
        try
        {
            write(inner, value);
        }
        catch (IOException e) when (!OperatingSystem.IsWindows() && e.HResult == InputOutputError)
        {
            _gone = true;
        }
    }
}
