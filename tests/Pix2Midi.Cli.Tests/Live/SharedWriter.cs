using System.Diagnostics;
using System.Text;

namespace Pix2Midi.Cli.Tests.Live;

/// <summary>A writer several threads may write to while a test reads it.</summary>
public sealed class SharedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }

    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override void Write(char value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            _text.Append(buffer, index, count);
        }
    }

    /// <summary>Waits until the text contains <paramref name="expected"/>.</summary>
    public bool WaitFor(string expected, TimeSpan timeout) => WaitUntil(text => text.Contains(expected, StringComparison.Ordinal), timeout);

    public bool WaitUntil(Func<string, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition(Text))
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return condition(Text);
    }
}
