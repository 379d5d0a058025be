using System.Globalization;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Files;

/// <summary>
/// Frames of a video file decoded by the system's <c>ffmpeg</c> program in a child process and
/// piped to Pix2Midi as 8-bit luma, with the container's timestamps.
/// </summary>
/// <remarks>
/// <para>
/// <c>ffprobe</c> describes the file first (size, rate, frame count, pixel format), so the
/// <see cref="DecodedFileSource.Info"/> is the one <see cref="VideoFileSource"/> reads from OpenCV. Then
/// <c>ffmpeg</c> decodes with all its threads while Pix2Midi analyses the previous frames. For
/// pixel formats whose first plane is 8-bit luma (planar YUV, NV12, grey) it sends that plane as it
/// is (<c>extractplanes=y</c>: no range conversion, the values <see cref="VideoFileSource"/> gives);
/// other formats come as BGR and are converted to grey here with OpenCV's weights.
/// </para>
/// <para>
/// Asked for <see cref="FramePlanes.Colour"/>, it pipes whole frames in the stream's own planar
/// format instead (<c>format=yuv420p</c>, <c>yuvj422p</c>…: the same luma bytes, then the U and V
/// planes as the decoder made them; NV12 and NV21 split into planes), or, for the formats that
/// come as BGR, grey as above and full-range BT.601 chroma computed from the same BGR (see
/// <see cref="BgrToYuv"/>). Asked for <see cref="FramePlanes.Luma"/> (the default), the pipe and
/// the work are as they were before colour existed.
/// </para>
/// <para>
/// Timestamps come from the <c>showinfo</c> filter's per-frame line on <c>ffmpeg</c>'s standard
/// error (read on a thread of its own and matched to frames by order), in the stream's own time
/// base, computed and repaired as for <see cref="VideoFileSource"/>. Frames the decoder cannot
/// decode are skipped and counted (<see cref="DecodedFileSource.SkippedFrames"/>).
/// </para>
/// <para>
/// One reader at a time; a frame's plane is valid until the next <see cref="DecodedFileSource.TryReadFrame"/>.
/// Reading allocates nothing per frame. <see cref="DecodedFileSource.Dispose"/> kills the child process; so does
/// cancelling the token given to <see cref="Open(string, FfmpegTools, IReadOnlyList{NormalizedRect}, CancellationToken)"/>, after
/// which a read throws <see cref="OperationCanceledException"/>.
/// </para>
/// </remarks>
public sealed class FfmpegFileSource : DecodedFileSource
{
    /// <summary>The pipe buffer asked of the kernel: enough for a 720p luma frame, so ffmpeg rarely waits.</summary>
    private const int PipeBytes = 1 << 20;

    private const int StampCapacity = 1024;

    /// <summary>How long a frame's log line may lag behind the frame; it is written first, so this is only a safety net.</summary>
    private static readonly TimeSpan StampTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>What <c>ffmpeg</c> says when it does not know an option or its value.</summary>
    private static readonly string[] RefusedArguments = ["Unrecognized option", "Option not found", "Error splitting the argument list", "Missing argument for option"];

    /// <summary>Pixel formats whose first plane is 8-bit luma: the same set as <see cref="DecoderPixelFormat"/>, by FFmpeg's names.</summary>
    private static readonly HashSet<string> LumaFirstFormats = new(StringComparer.Ordinal)
    {
        "yuv420p", "yuvj420p", "nv12", "nv21",
        "yuv422p", "yuvj422p", "yuv411p", "yuvj411p", "yuv440p", "yuvj440p", "yuv444p", "yuvj444p",
        "yuv410p",
        "gray",
    };

    private readonly string _path;
    private readonly string _ffmpeg;
    private readonly FfmpegVersion? _ffmpegVersion;
    private readonly FfmpegProcess _process;
    private readonly Stream _pipe;
    private readonly FrameStampQueue _stamps;
    private readonly FfmpegDecodeLog _log;
    private readonly byte[] _raw;
    private readonly int _rawOffset;
    private readonly byte[] _luma;
    private readonly int _lumaOffset;
    private readonly int _frameBytes;
    private readonly byte[]? _chroma;
    private readonly int _chromaOffset;
    private readonly int _chromaWidth;
    private readonly int _chromaHeight;
    private readonly ChromaLayout _chromaLayout;
    private CancellationToken _cancellation;

    private FfmpegFileSource(string path, string ffmpeg, FfmpegVersion? ffmpegVersion, FfmpegProcess process, ProbedVideo video, VideoInfo info, bool lumaFromDecoder, (int First, int Count) rows, ChromaLayout? chroma, bool? containerEndsEarly, string commandLine)
        : base("ffmpeg" + (ffmpegVersion is { } version ? " " + version.Short : string.Empty), containerEndsEarly)
    {
        _path = path;
        _ffmpeg = ffmpeg;
        _ffmpegVersion = ffmpegVersion;
        _process = process;
        Describe(info);
        LumaFromDecoder = lumaFromDecoder;
        PixelFormat = video.PixelFormat;
        CommandLine = commandLine;
        // Rows outside the band stay 0; the band lands where it belongs in the frame.
        FirstRow = rows.First;
        RowCount = rows.Count;
        var pixels = checked(info.Width * info.Height);
        _lumaOffset = rows.First * info.Width;
        var bandPixels = checked(info.Width * rows.Count);
        if (chroma is { } layout)
        {
            // Colour: whole frames, the chroma planes piped after the luma (decoder's planes) or computed here from BGR.
            _chromaLayout = layout;
            _chromaWidth = layout.Width(info.Width);
            _chromaHeight = layout.Height(info.Height);
            var chromaSamples = checked(_chromaWidth * _chromaHeight);
            _luma = new byte[lumaFromDecoder ? checked(pixels + (2 * chromaSamples)) : pixels];
            _chroma = lumaFromDecoder ? _luma : new byte[checked(2 * chromaSamples)];
            _chromaOffset = lumaFromDecoder ? pixels : 0;
            _frameBytes = lumaFromDecoder ? _luma.Length : checked(pixels * 3);
        }
        else
        {
            _luma = new byte[pixels];
            _frameBytes = lumaFromDecoder ? bandPixels : checked(bandPixels * 3);
        }

        _raw = lumaFromDecoder ? _luma : new byte[_frameBytes];
        _rawOffset = lumaFromDecoder ? _lumaOffset : 0;
        _pipe = process.Output;
        _ = PipeSize.TryEnlarge(_pipe, PipeBytes);
        _stamps = new FrameStampQueue(StampCapacity);
        _log = new FfmpegDecodeLog(process.Error, _stamps, video, info.Width, rows.Count);
        _log.Start();
    }

    /// <inheritdoc />
    public override bool LumaFromDecoder { get; }

    /// <summary>The decoder's pixel format by FFmpeg's name (<c>yuv420p</c>, <c>gray</c>, <c>rgb24</c>…).</summary>
    public string PixelFormat { get; }

    /// <summary>The <c>ffmpeg</c> command line, for diagnostics.</summary>
    public string CommandLine { get; }

    /// <summary>The first row <c>ffmpeg</c> sends: 0 unless the caller named the regions it reads.</summary>
    public int FirstRow { get; }

    /// <summary>How many rows <c>ffmpeg</c> sends: the frame height unless the caller named the regions it reads.</summary>
    public int RowCount { get; }

    /// <summary>The <c>ffmpeg</c> child's process id, for tests that watch it go.</summary>
    internal int ProcessId => _process.Id;

    /// <inheritdoc />
    private protected override bool HasChroma => _chroma is not null;

    /// <summary>Whether <paramref name="pixelFormat"/> (FFmpeg's name) has 8-bit luma as its first plane.</summary>
    public static bool IsLumaFirst(string pixelFormat) => LumaFirstFormats.Contains(pixelFormat);

    /// <summary>Opens <paramref name="path"/> with the <c>ffmpeg</c> and <c>ffprobe</c> found on <c>PATH</c>.</summary>
    /// <exception cref="FrameSourceException">ffmpeg is not installed, or the file cannot be read (see <see cref="Open(string, FfmpegTools, IReadOnlyList{NormalizedRect}, CancellationToken)"/>).</exception>
    public static FfmpegFileSource Open(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Open(path, FfmpegTools.Locate(path), null, cancellationToken);
    }

    /// <summary>Opens a video file and decodes its first frame (see <see cref="Open(string, FfmpegTools, IReadOnlyList{NormalizedRect}, FramePlanes, CancellationToken)"/>).</summary>
    /// <exception cref="FrameSourceException">The file cannot be read, or a program cannot be started.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while opening.</exception>
    public static FfmpegFileSource Open(string path, FfmpegTools tools, IReadOnlyList<NormalizedRect>? regions = null, CancellationToken cancellationToken = default) =>
        Open(path, tools, regions, FramePlanes.Luma, cancellationToken);

    /// <summary>Opens a video file and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="tools">The programs to use.</param>
    /// <param name="regions">
    /// The parts of the frame that will be read, or null for all: only the rows they span are piped,
    /// the others stay black (see <see cref="VideoFileOptions.Regions"/>). Not used with colour:
    /// whole frames are piped.
    /// </param>
    /// <param name="planes"><see cref="FramePlanes.Colour"/> to hand on colour planes too.</param>
    /// <param name="cancellationToken">Stops decoding: the child process is killed and reads throw <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="FrameSourceException">
    /// The file is missing, a folder, unreadable, empty, not a video FFmpeg can read, has no frames
    /// or an impossible size, or a program cannot be started.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while opening.</exception>
    public static FfmpegFileSource Open(string path, FfmpegTools tools, IReadOnlyList<NormalizedRect>? regions, FramePlanes planes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(tools);
        var containerEndsEarly = FilePreflight.Inspect(path);
        cancellationToken.ThrowIfCancellationRequested();
        var colour = planes == FramePlanes.Colour;
        var window = colour ? null : RowWindow.Of(regions);

        // ffmpeg starts while ffprobe reads the file and ffmpeg is asked its version: all take a
        // while to load their libraries. It is started for the common case (8-bit planar YUV 4:2:0;
        // ffmpeg 5.1 or later, or the version it gave before) and started again in the rare others.
        // Its options follow its own version, never ffprobe's: they may come from different builds.
        var guess = colour ? "yuv420p" : null;
        var versionKnown = FfmpegProgram.TryKnownVersion(tools.Ffmpeg, out var knownVersion);
        var guessFpsMode = knownVersion?.KnowsFpsMode ?? true;
        var asking = versionKnown ? Task.FromResult(knownVersion) : Task.Run(() => FfmpegProgram.Version(tools.Ffmpeg), CancellationToken.None);
        var speculative = Start(path, tools.Ffmpeg, Arguments(path, lumaFirst: true, fpsMode: guessFpsMode, window, guess));
        var process = speculative.Process;
        var arguments = speculative.Arguments;
        ProbedVideo video;
        VideoInfo info;
        bool lumaFromDecoder;
        FfmpegVersion? ffmpegVersion;
        try
        {
            video = VideoProbe.Run(tools.Ffprobe, path);
            video.RequirePlausibleSize(path);
            info = video.ToInfo(path);
            lumaFromDecoder = IsLumaFirst(video.PixelFormat);
            ffmpegVersion = asking.GetAwaiter().GetResult();
            var fpsMode = ffmpegVersion?.KnowsFpsMode ?? true;
            var planar = colour && lumaFromDecoder ? ChromaLayout.Planar(video.PixelFormat) : null;
            if (!lumaFromDecoder || fpsMode != guessFpsMode || planar != guess)
            {
                process.Dispose();
                (process, arguments) = Start(path, tools.Ffmpeg, Arguments(path, lumaFromDecoder, fpsMode, window, planar));
            }
        }
        catch
        {
            process.Dispose();
            throw;
        }

        FfmpegFileSource? source = null;
        try
        {
            var rows = window?.Rows(info.Height) ?? (0, info.Height);
            ChromaLayout? chroma = !colour ? null
                : lumaFromDecoder ? ChromaLayout.Of(ChromaLayout.Planar(video.PixelFormat))
                : new ChromaLayout(0, 0, false, false, true);
            source = new FfmpegFileSource(path, tools.Ffmpeg, ffmpegVersion, process, video, info, lumaFromDecoder, rows, chroma, containerEndsEarly, string.Join(' ', arguments.Prepend(tools.Ffmpeg)));
            source._cancellation = cancellationToken;
            source._process.KillOnCancel(cancellationToken, null);
            if (!source.DecodeNext())
            {
                source.Opened();
            }

            source.FirstFrameDecoded();
            return source;
        }
        catch
        {
            if (source is not null)
            {
                source.Dispose();
            }
            else
            {
                process.Dispose();
            }

            throw;
        }
    }

    /// <summary>The arguments <c>ffmpeg</c> is started with.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lumaFirst">Send the first plane as it is; otherwise send BGR.</param>
    /// <param name="fpsMode">ffmpeg knows <c>-fps_mode</c> (5.1 and later); otherwise <c>-vsync</c>.</param>
    /// <param name="window">The rows to send, or null for all.</param>
    /// <param name="planar">
    /// With colour, the planar format to send whole frames in (the stream's own, or <c>yuv420p</c>
    /// for NV12 and NV21); null to send only the luma plane (or BGR when not <paramref name="lumaFirst"/>).
    /// </param>
    internal static IReadOnlyList<string> Arguments(string path, bool lumaFirst, bool fpsMode, RowWindow? window, string? planar = null) =>
    [
        "-hide_banner", "-nostdin", "-nostats", "-loglevel", "repeat+level+info",
        "-copyts",
        "-i", "file:" + path,
        "-map", "0:v:0", "-an", "-sn", "-dn",
        "-vf", string.Join(',', new[] { window?.CropFilter(), !lumaFirst ? "format=bgr24" : planar is null ? "extractplanes=y" : "format=" + planar, "showinfo=checksum=0" }.OfType<string>()),
        fpsMode ? "-fps_mode" : "-vsync", "passthrough",
        "-f", "rawvideo",
        "pipe:1",
    ];

    /// <summary>Kills <c>ffmpeg</c> and releases the pipes.</summary>
    private protected override void Release()
    {
        _stamps.Close();
        _ = _process.Stop();
        _ = _log.WaitFinished(TimeSpan.FromSeconds(1));
        _pipe.Dispose();
        _process.Dispose();
    }

    private static (FfmpegProcess Process, IReadOnlyList<string> Arguments) Start(string path, string ffmpeg, IReadOnlyList<string> arguments) =>
        (FfmpegProcess.Start(ffmpeg, arguments, path, errorLines: null, killTree: false, noColour: true, OneLine.Of), arguments);

    /// <summary>Reads the next frame from the pipe into the reused buffers and stamps it.</summary>
    /// <returns><see langword="false"/> when ffmpeg has no more frames.</returns>
    private protected override bool DecodeNext()
    {
        var buffer = _raw.AsSpan(_rawOffset, _frameBytes);
        var filled = 0;
        while (filled < buffer.Length)
        {
            int read;
            try
            {
                read = _pipe.Read(buffer[filled..]);
            }
            catch (IOException)
            {
                read = 0;
            }

            if (read == 0)
            {
                return PipeClosed(partial: filled > 0);
            }

            filled += read;
        }

        if (!LumaFromDecoder)
        {
            BgrToGray.Convert(buffer, _luma.AsSpan(_lumaOffset, Info.Width * RowCount));
            if (_chroma is not null)
            {
                var samples = _chromaWidth * _chromaHeight;
                BgrToYuv.FullRangeChroma(buffer, 3, _chroma.AsSpan(0, samples), _chroma.AsSpan(samples, samples));
            }
        }

        var milliseconds = double.NaN;
        while (_stamps.TryTake(StampTimeout, out var stamp))
        {
            if (stamp.Kind == FrameStampKind.Frame)
            {
                milliseconds = stamp.Milliseconds;
                break;
            }

            if (stamp.Kind == FrameStampKind.Resized)
            {
                throw SizeChanged();
            }

            Damaged();
        }

        Stamp(milliseconds);
        return true;
    }

    /// <summary>The luma of the frame just read.</summary>
    private protected override LumaPlane CurrentLuma() =>
        new(Info.Width, Info.Height, Info.Width, _luma.AsSpan(0, Info.Width * Info.Height));

    /// <summary>The colour planes of the frame just read.</summary>
    private protected override ChromaPlanes CurrentChroma()
    {
        var samples = _chromaWidth * _chromaHeight;
        return new ChromaPlanes(
            _chromaWidth,
            _chromaHeight,
            _chromaWidth,
            _chromaLayout.ShiftX,
            _chromaLayout.ShiftY,
            _chroma.AsSpan(_chromaOffset, samples),
            _chroma.AsSpan(_chromaOffset + samples, samples),
            _chromaLayout.FullRange);
    }

    /// <summary>The pipe closed: the video ended, ffmpeg failed, or it was stopped.</summary>
    /// <param name="partial">It closed in the middle of a frame.</param>
    /// <returns><see langword="false"/> for a normal end.</returns>
    private bool PipeClosed(bool partial)
    {
        Ended = true;
        var exitCode = WaitForExit();
        while (_stamps.TryTakeNow(out var stamp))
        {
            if (stamp.Kind == FrameStampKind.Failure)
            {
                Damaged();
            }
        }

        if (exitCode != 0 || partial)
        {
            if (_cancellation.IsCancellationRequested
                || (_cancellation.CanBeCanceled && exitCode is 255 or > 128 && _cancellation.WaitHandle.WaitOne(TimeSpan.FromSeconds(1))))
            {
                throw new OperationCanceledException(_cancellation);
            }

            if (DecodedCount == 0)
            {
                return false;
            }

            var said = _log.Summary(_path);
            throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{Info.Name}: decoding failed after frame {FramesRead} ({(said is null ? $"ffmpeg exited with code {exitCode}" : "ffmpeg: " + said)})"));
        }

        return EndOfFrames();
    }

    /// <summary>Explains why the first frame could not be had.</summary>
    private void Opened()
    {
        // A stream ffprobe could not find a pixel format for had no frame to look at (OpenCV
        // opens such a file and then finds no frame): ffmpeg then fails "after EOF".
        var exitCode = _process.HasExited ? _process.ExitCode : -1;
        if (exitCode == 0 || PixelFormat is "" or "unknown")
        {
            throw NoFrames(_path);
        }

        // ffprobe has read the file, so ffmpeg's own words say more than "not a video".
        throw new FrameSourceException(FailedText(_path, _ffmpeg, _ffmpegVersion, exitCode, _log.Summary(_path)) ?? NotAVideoText(_path));
    }

    /// <summary>
    /// The line for an <c>ffmpeg</c> that exited with <paramref name="exitCode"/> before its first
    /// frame, with its own error line <paramref name="said"/>; null when it said nothing.
    /// </summary>
    internal static string? FailedText(string path, string ffmpeg, FfmpegVersion? version, int exitCode, string? said)
    {
        if (said is null)
        {
            return null;
        }

        var which = version is null ? ffmpeg : $"{ffmpeg} (FFmpeg {version.Short})";
        if (RefusedArguments.Any(r => said.Contains(r, StringComparison.Ordinal)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{path}: {which} refused Pix2Midi's arguments (ffmpeg: {said}); name another ffmpeg (FFmpeg 4 or later) with {FfmpegProgram.OverrideVariable}, or use another --decoder");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{path}: {which} could not decode it (ffmpeg: {said}; exit code {exitCode})");
    }

    private int WaitForExit()
    {
        try
        {
            if (!_process.WaitForExit(ExitTimeout))
            {
                _process.Kill(null);
                _process.WaitForExit();
            }

            _ = _log.WaitFinished(ExitTimeout);
            return _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }
}
