using System.Text;

namespace Pix2Midi.Cli.Tests.Terminal;

/// <summary>A terminal whose writes wait until it is released (paused with Ctrl+S, or a pipe nobody reads); records what it got.</summary>
internal sealed class HeldTerminal : TextWriter
{
    private readonly ManualResetEventSlim _gate = new();
    private readonly StringBuilder _text = new();

    /// <summary>Set once a write is waiting in the terminal.</summary>
    public ManualResetEventSlim Reached { get; } = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public void Release() => _gate.Set();

    public override void Write(char value) => Write([value], 0, 1);

    public override void Write(char[] buffer, int index, int count)
    {
        Reached.Set();
        _gate.Wait();
        lock (_text)
        {
            _text.Append(buffer, index, count);
        }
    }

    public override void Write(string? value) => Write((value ?? string.Empty).ToCharArray(), 0, value?.Length ?? 0);

    protected override void Dispose(bool disposing)
    {
        _gate.Set();
        base.Dispose(disposing);
    }
}
