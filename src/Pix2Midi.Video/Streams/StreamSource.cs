using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Streams;

/// <summary>
/// Pictures from a stream URL (MJPEG or H.264 over HTTP, RTSP, RTMP, …), read by the system's
/// <c>ffmpeg</c> program and piped to Pix2Midi as grey YUV4MPEG2 frames.
/// </summary>
/// <remarks>
/// <para>
/// <c>ffmpeg</c> runs with <c>-fflags nobuffer -flags low_delay</c> and flushes every frame, and
/// network timeouts (<see cref="StreamUrl.TimeoutArguments"/>) so a URL that never answers fails
/// by itself. A watchdog here is the backstop: no header within
/// <see cref="StreamOptions.ConnectTimeout"/>, or no bytes for <see cref="StreamOptions.ReadTimeout"/>,
/// and the program is stopped. The frame size comes in the stream's own header.
/// </para>
/// <para>
/// A live stream has no normal end: when it ends or fails, <see cref="TryReadFrame"/> throws a
/// <see cref="FrameSourceException"/> saying why (in ffmpeg's words where it gave any). It returns
/// <see langword="false"/> only after <see cref="Dispose"/> or cancellation. Timestamps are the
/// time since the source opened, on the <see cref="Stopwatch"/> clock, when each frame arrived.
/// </para>
/// <para>
/// One reader at a time; <see cref="Dispose"/> and cancellation may come from any thread and
/// unblock a read in progress. Reading allocates nothing per frame.
/// </para>
/// <para>
/// Asked for <see cref="FramePlanes.Colour"/> (<see cref="StreamOptions.Planes"/>), <c>ffmpeg</c>
/// sends full-range 4:2:0 YUV instead of grey (<c>-pix_fmt yuvj420p</c>: the same luma bytes as
/// <c>gray</c>, then U and V at half width and height, as most cameras and stream encoders keep
/// them), and frames carry those planes: half a byte more per pixel through the pipe, not two.
/// </para>
/// </remarks>
public sealed class StreamSource : IFrameSource
{
    private const int MaxHeaderLine = 1024;

    private readonly FfmpegProcess _process;
    private readonly Stream _pipe;
    private readonly FfmpegErrorLog _errors;
    private readonly string _url;
    private readonly StreamOptions _options;
    private readonly Timer _watchdog;
    private readonly byte[] _line = new byte[MaxHeaderLine];
    private byte[] _pixels = [];
    private int _frameBytes;
    private int _chromaWidth;
    private int _chromaHeight;
    private long _opened;
    private long _lastProgress;
    private long _frames;
    private bool _headerRead;

    private StreamSource(string url, FfmpegProcess process, FfmpegErrorLog errors, StreamOptions options)
    {
        _url = url;
        _process = process;
        _errors = errors;
        _options = options;
        _pipe = new BufferedStream(process.Output, 1 << 16);
        _opened = Stopwatch.GetTimestamp();
        _lastProgress = _opened;
        Info = new VideoInfo(StreamUrl.Redact(url), 1, 1, null, null, null, "stream");
        _watchdog = new Timer(_ => Watch(), null, 100, 100);
    }

    /// <inheritdoc />
    public VideoInfo Info { get; private set; }

    /// <summary>How many frames have been read.</summary>
    public long FramesRead => _frames;

    /// <summary>The <c>ffmpeg</c> command line used, with any password hidden.</summary>
    public string CommandLine { get; private set; } = string.Empty;

    /// <summary>Starts <c>ffmpeg</c> on <paramref name="url"/> and waits for the stream's header.</summary>
    /// <param name="url">The stream; anything <c>ffmpeg -i</c> opens.</param>
    /// <param name="options">Timeouts; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the program, now or later; a read in progress then returns <see langword="false"/>.</param>
    /// <exception cref="FrameSourceException">ffmpeg is missing, or the URL cannot be opened, does not answer in time, or carries no video.</exception>
    public static StreamSource Open(string url, StreamOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        options ??= new StreamOptions();
        var shown = StreamUrl.Redact(url);
        var ffmpeg = FfmpegProgram.Locate(shown);
        var arguments = Arguments(url, options, FfmpegProgram.MajorVersion(ffmpeg));
        var errors = new FfmpegErrorLog();
        var process = FfmpegProcess.Start(ffmpeg, arguments, shown, errors.Add, killTree: true, noColour: false, static reason => reason);
        var source = new StreamSource(url, process, errors, options)
        {
            CommandLine = string.Join(' ', arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{StreamUrl.Redact(a)}\"" : StreamUrl.Redact(a)).Prepend(ffmpeg)),
        };
        try
        {
            source._process.KillOnCancel(cancellationToken, "stopped");
            source.ReadHeader();
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>The arguments <c>ffmpeg</c> is started with.</summary>
    internal static IReadOnlyList<string> Arguments(string url, StreamOptions options, int? ffmpegMajorVersion) =>
    [
        "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
        "-fflags", "nobuffer", "-flags", "low_delay",
        .. StreamUrl.TimeoutArguments(url, options.ReadTimeout, ffmpegMajorVersion),
        "-i", url,
        "-map", "0:v:0", "-an", "-sn", "-dn",
        "-f", "yuv4mpegpipe", "-pix_fmt", options.Planes == FramePlanes.Colour ? "yuvj420p" : "gray", "-flush_packets", "1",
        "-",
    ];

    /// <inheritdoc />
    public bool TryReadFrame(out VideoFrame frame)
    {
        frame = default;
        if (_process.Status.Stopped)
        {
            return false;
        }

        var header = ReadLine();
        if (header < 0)
        {
            return Ended();
        }

        if (header < 5 || !_line.AsSpan(0, 5).SequenceEqual("FRAME"u8))
        {
            throw new FrameSourceException($"{Info.Name}: ffmpeg sent something that is not a frame (after frame {_frames})");
        }

        var length = _frameBytes;
        var read = _pipe.ReadAtLeast(_pixels.AsSpan(0, length), length, throwOnEndOfStream: false);
        if (read < length)
        {
            return Ended();
        }

        Volatile.Write(ref _lastProgress, Stopwatch.GetTimestamp());
        var pixels = Info.Width * Info.Height;
        var luma = new LumaPlane(Info.Width, Info.Height, Info.Width, _pixels.AsSpan(0, pixels));
        frame = _options.Planes == FramePlanes.Colour
            ? new VideoFrame(luma, Chroma(pixels), Stopwatch.GetElapsedTime(_opened), _frames)
            : new VideoFrame(luma, Stopwatch.GetElapsedTime(_opened), _frames);
        _frames++;
        return true;
    }

    /// <summary>The U and V planes that follow the frame's <paramref name="pixels"/> luma bytes.</summary>
    private ChromaPlanes Chroma(int pixels)
    {
        var size = _chromaWidth * _chromaHeight;
        return new ChromaPlanes(_chromaWidth, _chromaHeight, _chromaWidth, 1, 1, _pixels.AsSpan(pixels, size), _pixels.AsSpan(pixels + size, size), fullRange: true);
    }

    /// <summary>Stops <c>ffmpeg</c> and releases the pipe. Safe to call from any thread, more than once.</summary>
    public void Dispose()
    {
        if (!_process.Stop())
        {
            return;
        }

        _watchdog.Dispose();
        _pipe.Dispose();
        _process.Dispose();
    }

    private void ReadHeader()
    {
        var length = ReadLine();
        if (length < 0)
        {
            Ended();
            throw new FrameSourceException($"{Info.Name}: cannot open the stream");
        }

        var header = Y4mHeader.Parse(_line.AsSpan(0, length), out var problem)
            ?? throw new FrameSourceException($"{Info.Name}: {problem}");
        var colour = _options.Planes == FramePlanes.Colour;
        var expected = colour ? "420jpeg" : "mono";
        if (!string.Equals(header.Colour, expected, StringComparison.Ordinal))
        {
            throw new FrameSourceException($"{Info.Name}: ffmpeg sent colour format \"{header.Colour}\" instead of {(colour ? "4:2:0 YUV" : "grey")}");
        }

        (_chromaWidth, _chromaHeight) = colour ? ((header.Width + 1) >> 1, (header.Height + 1) >> 1) : (0, 0);
        _frameBytes = checked((header.Width * header.Height) + (2 * _chromaWidth * _chromaHeight));
        _pixels = new byte[_frameBytes];
        Info = Info with { Width = header.Width, Height = header.Height, NominalRate = header.Rate };
        _opened = Stopwatch.GetTimestamp();
        Volatile.Write(ref _lastProgress, _opened);
        _headerRead = true;
    }

    /// <summary>Reads one header line into <see cref="_line"/>; its length, or -1 at the end of the pipe.</summary>
    private int ReadLine()
    {
        var length = 0;
        while (true)
        {
            var b = _pipe.ReadByte();
            if (b < 0)
            {
                return -1;
            }

            if (b == '\n')
            {
                return length;
            }

            if (length == _line.Length)
            {
                throw new FrameSourceException($"{Info.Name}: ffmpeg sent a header line longer than {MaxHeaderLine} bytes");
            }

            _line[length++] = (byte)b;
        }
    }

    /// <summary>The pipe closed: stopped on purpose, or the stream failed, ended or stalled.</summary>
    private bool Ended()
    {
        var (stopped, killed) = _process.Status;
        if (stopped)
        {
            return false;
        }

        if (killed == "stopped")
        {
            return false;
        }

        try
        {
            // Without a timeout, WaitForExit also waits until everything ffmpeg wrote to stderr has been read.
            if (_process.WaitForExit(TimeSpan.FromSeconds(2)))
            {
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
        }

        var said = _errors.Summary(_url);
        if (killed is not null)
        {
            throw new FrameSourceException($"{Info.Name}: {killed}{(said is null ? string.Empty : $" (ffmpeg: {said})")}");
        }

        if (!_headerRead)
        {
            throw new FrameSourceException($"{Info.Name}: cannot open the stream: {said ?? ExitDescription()}");
        }

        throw new FrameSourceException($"{Info.Name}: the stream ended after {_frames} frames{(said is null ? string.Empty : $" (ffmpeg: {said})")}");
    }

    private string ExitDescription()
    {
        try
        {
            return _process.HasExited
                ? string.Create(CultureInfo.InvariantCulture, $"ffmpeg exited with code {_process.ExitCode} without saying why")
                : "ffmpeg closed its output";
        }
        catch (InvalidOperationException)
        {
            return "ffmpeg stopped";
        }
    }

    private void Watch()
    {
        var limit = _headerRead ? _options.ReadTimeout : _options.ConnectTimeout;

        // ffmpeg's own network timeout is the same length; give it a second to report in its own words.
        var grace = limit + TimeSpan.FromSeconds(1);
        var idle = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastProgress));
        if (idle > grace)
        {
            _process.Kill(_headerRead
                ? string.Create(CultureInfo.InvariantCulture, $"no data for {limit.TotalSeconds:0.#} s (the stream stalled)")
                : string.Create(CultureInfo.InvariantCulture, $"no answer within {limit.TotalSeconds:0.#} s"));
        }
    }
}
