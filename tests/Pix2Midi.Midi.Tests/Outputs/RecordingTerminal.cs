using System.Diagnostics;
using System.Text;

namespace Pix2Midi.Midi.Tests.Outputs;

/// <summary>
/// A terminal for tests: records every character written, in order; its writes can be held (a
/// terminal paused with Ctrl+S, a pipe nobody reads) or fail (a terminal that hung up).
/// </summary>
internal sealed class RecordingTerminal(bool open = true) : TextWriter
{
    private readonly ManualResetEventSlim _gate = new(open);
    private readonly StringBuilder _text = new();

    /// <summary>Set once a write has reached the terminal (and, when held, is waiting there).</summary>
    public ManualResetEventSlim Reached { get; } = new();

    public bool Fail { get; set; }

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

    public void Hold() => _gate.Reset();

    public void Release() => _gate.Set();

    /// <summary>Waits until <see cref="Text"/> satisfies <paramref name="condition"/>.</summary>
    public bool WaitUntil(Func<string, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition(Text))
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    public override void Write(char value) => Write([value], 0, 1);

    public override void Write(char[] buffer, int index, int count)
    {
        if (Fail)
        {
            throw new IOException("Input/output error");
        }

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
