using System.Text;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Files;

/// <summary>
/// Reads what <c>ffmpeg</c> writes to its standard error while it decodes a file, on a thread of
/// its own: one <c>showinfo</c> line per frame (its presentation time), the decoder's failures,
/// and the last error lines, to explain a failure in one line. Nothing of it reaches the user's
/// terminal.
/// </summary>
/// <remarks>
/// <c>ffmpeg</c> runs with <c>-loglevel repeat+level+info</c>, so each line reads
/// <c>[component @ 0x…] [level] text</c>. The <c>showinfo</c> filter logs a frame before passing
/// it on, so a frame's line is always written before the frame reaches the pipe. Parsing the
/// per-frame lines allocates nothing; only error lines are kept as text.
/// </remarks>
internal sealed class FfmpegDecodeLog
{
    private const int MaxLine = 4096;

    private static readonly byte[][] FailureTexts =
    [
        "Error while decoding stream"u8.ToArray(), // ffmpeg 4–6
        "Decoding error"u8.ToArray(), // ffmpeg 7
        "Error submitting packet to decoder"u8.ToArray(), // ffmpeg 7
    ];

    private readonly Stream _stream;
    private readonly FrameStampQueue _stamps;
    private readonly ProbedVideo _video;
    private readonly FfmpegErrorLog _errors = new();
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _finished = new(false);
    private readonly int _width;
    private readonly int _height;
    private Rational _timeBase;
    private int _failures;

    /// <summary>Prepares to read <paramref name="stream"/>; call <see cref="Start"/>.</summary>
    /// <param name="stream">ffmpeg's standard error.</param>
    /// <param name="stamps">Where the frames' times and the failures go, in order.</param>
    /// <param name="video">What ffprobe said: the stream's time base and start.</param>
    /// <param name="width">The width of the frames the pipe carries.</param>
    /// <param name="height">Their height (the rows sent).</param>
    public FfmpegDecodeLog(Stream stream, FrameStampQueue stamps, ProbedVideo video, int width, int height)
    {
        _stream = stream;
        _stamps = stamps;
        _video = video;
        _width = width;
        _height = height;
        _timeBase = video.TimeBase;
        _thread = new Thread(Run) { IsBackground = true, Name = "ffmpeg decode log" };
    }

    /// <summary>How many decoding failures <c>ffmpeg</c> has reported so far.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Starts the reading thread.</summary>
    public void Start() => _thread.Start();

    /// <summary>Waits until <c>ffmpeg</c> has closed its standard error (it has exited or is about to).</summary>
    public bool WaitFinished(TimeSpan timeout) => _finished.Wait(timeout);

    /// <summary>The most telling error line, without <c>ffmpeg</c>'s prefixes, or null when it reported none.</summary>
    public string? Summary(string path) => _errors.Summary("file:" + path);

    /// <summary>Reads one line (without its end) as the reading thread does; for tests.</summary>
    internal void Handle(ReadOnlySpan<byte> line)
    {
        var showinfo = false;
        if (line.StartsWith("["u8) && line.IndexOf("] "u8) is var contextEnd and > 0 && line[..contextEnd].IndexOf(" @ "u8) > 0)
        {
            showinfo = line[1..].StartsWith("Parsed_showinfo"u8);
            line = line[(contextEnd + 2)..];
        }

        var level = ReadOnlySpan<byte>.Empty;
        if (line.StartsWith("["u8) && line.IndexOf("] "u8) is var levelEnd and > 0)
        {
            level = line[1..levelEnd];
            line = line[(levelEnd + 2)..];
        }

        if (showinfo)
        {
            if (line.StartsWith("n:"u8))
            {
                if (ReadSize(line) is var (width, height) && (width != _width || height != _height))
                {
                    _ = _stamps.Add(FrameStamp.Resized);
                }

                _ = _stamps.Add(FrameStamp.Frame(_video.Milliseconds(ReadPts(line), _timeBase)));
                return;
            }

            if (line.StartsWith("config in time_base:"u8))
            {
                ReadTimeBase(line["config in time_base:"u8.Length..]);
                return;
            }
        }

        foreach (var failure in FailureTexts)
        {
            if (line.IndexOf(failure) >= 0)
            {
                Interlocked.Increment(ref _failures);
                _ = _stamps.Add(FrameStamp.Failure);
                break;
            }
        }

        if (level.SequenceEqual("error"u8) || level.SequenceEqual("fatal"u8) || level.SequenceEqual("panic"u8))
        {
            _errors.Add(Encoding.UTF8.GetString(line));
        }
    }

    /// <summary>The <c>pts:</c> field of a showinfo frame line; null for <c>NOPTS</c> or when it is missing.</summary>
    internal static long? ReadPts(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf(" pts:"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = line[(at + 5)..].TrimStart((byte)' ');
        var negative = rest.StartsWith("-"u8);
        if (negative)
        {
            rest = rest[1..];
        }

        long value = 0;
        var digits = 0;
        foreach (var b in rest)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                break;
            }

            if (value > (long.MaxValue - 9) / 10)
            {
                return null;
            }

            value = (value * 10) + (b - '0');
            digits++;
        }

        return digits == 0 ? null : negative ? -value : value;
    }

    /// <summary>The <c>s:</c> field (<c>s:320x240</c>) of a showinfo frame line, or null.</summary>
    internal static (int Width, int Height)? ReadSize(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf(" s:"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = line[(at + 3)..];
        var width = ReadNumber(ref rest);
        if (width < 0 || !rest.StartsWith("x"u8))
        {
            return null;
        }

        rest = rest[1..];
        var height = ReadNumber(ref rest);
        return height < 0 ? null : (width, height);
    }

    private static int ReadNumber(ref ReadOnlySpan<byte> text)
    {
        var value = 0;
        var digits = 0;
        while (digits < text.Length && text[digits] is >= (byte)'0' and <= (byte)'9' && digits < 9)
        {
            value = (value * 10) + (text[digits] - '0');
            digits++;
        }

        text = text[digits..];
        return digits == 0 ? -1 : value;
    }

    private void ReadTimeBase(ReadOnlySpan<byte> text)
    {
        text = text.TrimStart((byte)' ');
        var end = text.IndexOfAny((byte)',', (byte)' ');
        var field = Encoding.ASCII.GetString(end < 0 ? text : text[..end]);
        if (Rational.Parse(field) is { Numerator: > 0, Denominator: > 0 } timeBase)
        {
            _timeBase = timeBase;
        }
    }

    private void Run()
    {
        var buffer = new byte[1 << 16];
        var line = new byte[MaxLine];
        var length = 0;
        try
        {
            int read;
            while ((read = _stream.Read(buffer)) > 0)
            {
                var data = buffer.AsSpan(0, read);
                while (!data.IsEmpty)
                {
                    var end = data.IndexOfAny((byte)'\n', (byte)'\r');
                    var part = end < 0 ? data : data[..end];
                    var room = Math.Min(part.Length, MaxLine - length);
                    part[..room].CopyTo(line.AsSpan(length));
                    length += room;
                    if (end < 0)
                    {
                        break;
                    }

                    if (length > 0)
                    {
                        Handle(line.AsSpan(0, length));
                    }

                    length = 0;
                    data = data[(end + 1)..];
                }
            }

            if (length > 0)
            {
                Handle(line.AsSpan(0, length));
            }
        }
        catch (IOException)
        {
            // The pipe broke: ffmpeg is gone, and the frame reader will say so.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while reading.
        }
        finally
        {
            _stamps.Complete();
            _finished.Set();
        }
    }
}
