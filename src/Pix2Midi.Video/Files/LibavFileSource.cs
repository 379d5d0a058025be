using System.Globalization;
using System.Runtime.InteropServices;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files.Libav;

namespace Pix2Midi.Video.Files;

/// <summary>
/// Frames of a video file decoded in this process by the system's FFmpeg libraries (libavformat,
/// libavcodec, libavutil), as the decoder's own luma plane with the container's timestamps.
/// </summary>
/// <remarks>
/// <para>
/// It gives what <see cref="FfmpegFileSource"/> gives for the same file, without the child process
/// and the pipe: the same <see cref="DecodedFileSource.Info"/> (from the same fields <c>ffprobe</c> prints), the
/// frames the <c>ffmpeg</c> program would decode in the same order (the same decoder, its threads
/// on, fed as <c>ffmpeg</c> 5.1 feeds it), each frame's <c>best_effort_timestamp</c> turned into
/// milliseconds and repaired by the same rules, and the same skipped-frame counting.
/// </para>
/// <para>
/// Only files whose first plane is 8-bit luma (planar YUV, NV12/NV21, grey) are read; a turn the
/// container asks for is applied by quarter turns as <c>ffmpeg</c> does. Other files are refused with
/// a <see cref="FrameSourceException"/>, on which <see cref="VideoDecoder.Auto"/> goes on to the
/// <c>ffmpeg</c> program. The libraries' structures are read through offsets checked per version
/// (<see cref="LibavLayout"/>) and against what FFmpeg's functions say independently; anything that
/// disagrees is refused the same way, never read on.
/// </para>
/// <para>
/// Asked for <see cref="FramePlanes.Colour"/>, frames also carry the decoder's U and V planes
/// (<see cref="VideoFrame.Chroma"/>), in place for planar formats; NV12 and NV21 chroma is split
/// into two planes, and a turned picture's chroma turned, in reused buffers. Asked for
/// <see cref="FramePlanes.Luma"/> (the default) it does no colour work at all.
/// </para>
/// <para>
/// One reader at a time; a frame's planes point into FFmpeg's decoded picture and are valid until
/// the next <see cref="DecodedFileSource.TryReadFrame"/> or <see cref="DecodedFileSource.Dispose"/>. Reading allocates nothing per
/// frame. Cancelling the token given to <see cref="Open(string, FramePlanes, CancellationToken)"/> stops reading at the next frame with an
/// <see cref="OperationCanceledException"/>.
/// </para>
/// </remarks>
public sealed unsafe class LibavFileSource : DecodedFileSource
{
    /// <summary>How many failures in a row draining the decoder at the end may report before it counts as drained.</summary>
    private const int MaxDrainFailures = 1000;

    /// <summary>More entries of side data than a stream's parameters can plausibly hold: a count read wrong.</summary>
    private const int MaxSideData = 1 << 16;

    private readonly string _path;
    private readonly LibavLayout _layout;
    private readonly string _formatVersion;
    private readonly CancellationToken _cancellation;
    private readonly FramePlanes _planes;
    private nint _format;
    private nint _codec;
    private nint _packet;
    private nint _frame;
    private int _streamIndex;
    private ProbedVideo _video = null!;
    private int _pixelFormat;
    private int _otherLumaFormat = -1;
    private QuarterTurns _turn;
    private byte[]? _turned;
    private int _chromaFormat = -1;
    private ChromaLayout? _chromaLayout;
    private byte[]? _chromaCopy;
    private bool _hasChroma;
    private bool _chromaInPlace;
    private int _chromaWidth;
    private int _chromaHeight;
    private int _chromaStride;
    private int _chromaShiftX;
    private int _chromaShiftY;
    private nint _chromaU;
    private nint _chromaV;
    private int _failures;
    private bool _receiving;
    private bool _draining;

    private LibavFileSource(string path, LibavState state, bool? containerEndsEarly, FramePlanes planes, CancellationToken cancellationToken)
        : base("libav " + ShortVersion(state.Release.Length > 0 ? state.Release : state.FormatVersion), containerEndsEarly)
    {
        _path = path;
        _planes = planes;
        _layout = state.Layout!;
        _formatVersion = state.FormatVersion;
        _cancellation = cancellationToken;
    }

    /// <summary>The turn <c>ffmpeg</c> applies for the container's display matrix.</summary>
    private enum QuarterTurns
    {
        None,
        Clockwise,
        HalfTurn,
        CounterClockwise,
    }

    /// <inheritdoc />
    /// <remarks>Always <see langword="true"/>: other pixel formats are refused when the file is opened.</remarks>
    public override bool LumaFromDecoder => true;

    /// <summary>The decoder's pixel format by FFmpeg's name (<c>yuv420p</c>).</summary>
    public string PixelFormat => _video.PixelFormat;

    /// <summary>Whether FFmpeg's libraries are installed, of a version Pix2Midi knows, and not turned off (loads them once).</summary>
    public static bool IsAvailable => LibavRuntime.State.Available;

    /// <inheritdoc />
    private protected override bool HasChroma => _hasChroma;

    private static LibavState State => LibavRuntime.State;

    /// <summary>Opens a video file and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="cancellationToken">Stops reading at the next frame (<see cref="OperationCanceledException"/>).</param>
    /// <exception cref="FrameSourceException">
    /// The libraries are missing or of an unknown version; the file is missing, a folder,
    /// unreadable, empty, not a video FFmpeg can read, has no frames or an impossible size (the same
    /// lines as <see cref="FfmpegFileSource"/>); or it is one this decoder does not read (another
    /// pixel format, a turn that is not a quarter turn).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while opening.</exception>
    public static LibavFileSource Open(string path, CancellationToken cancellationToken = default) =>
        Open(path, FramePlanes.Luma, cancellationToken);

    /// <summary>Opens a video file for the planes <paramref name="planes"/> names, and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="planes"><see cref="FramePlanes.Colour"/> to hand on the decoder's colour planes too.</param>
    /// <param name="cancellationToken">Stops reading at the next frame (<see cref="OperationCanceledException"/>).</param>
    /// <exception cref="FrameSourceException">As for <see cref="Open(string, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while opening.</exception>
    public static LibavFileSource Open(string path, FramePlanes planes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Open(path, planes, null, cancellationToken);
    }

    /// <summary>Opens a video file reading the loaded libraries' structures through <paramref name="layout"/> (for the tests of the run-time checks).</summary>
    internal static LibavFileSource Open(string path, LibavLayout layout) => Open(path, FramePlanes.Luma, layout, CancellationToken.None);

    private static LibavFileSource Open(string path, FramePlanes planes, LibavLayout? layout, CancellationToken cancellationToken)
    {
        var containerEndsEarly = FilePreflight.Inspect(path);
        cancellationToken.ThrowIfCancellationRequested();
        var state = LibavRuntime.Require(path);
        if (layout is not null)
        {
            state = state with { Layout = layout };
        }

        var source = new LibavFileSource(path, state, containerEndsEarly, planes, cancellationToken);
        try
        {
            source.Start();
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Frees the decoder, the file and the reused frame and packet.</summary>
    private protected override void Release()
    {
        if (_frame != 0)
        {
            fixed (nint* frame = &_frame)
            {
                Interop.Avutil.FrameFree(frame);
            }
        }

        if (_packet != 0)
        {
            fixed (nint* packet = &_packet)
            {
                Interop.Avcodec.PacketFree(packet);
            }
        }

        if (_codec != 0)
        {
            fixed (nint* codec = &_codec)
            {
                Interop.Avcodec.FreeContext(codec);
            }
        }

        if (_format != 0)
        {
            fixed (nint* format = &_format)
            {
                Interop.Avformat.CloseInput(format);
            }
        }
    }

    private static int ReadInt(nint structure, int offset) => *(int*)(structure + offset);

    private static long ReadLong(nint structure, int offset) => *(long*)(structure + offset);

    private static nint ReadPointer(nint structure, int offset) => *(nint*)(structure + offset);

    private static Rational ReadRational(nint structure, int offset) => new(ReadInt(structure, offset), ReadInt(structure, offset + 4));

    /// <summary>A duration as <c>ffprobe</c> prints it (<c>%f</c>: six decimals), or null for none.</summary>
    private static double? Seconds(long value, double timeBase) =>
        value == Interop.Avutil.NoPts
            ? null
            : double.Parse(((double)value * timeBase).ToString("F6", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double ToDouble(Rational value) => value.Denominator == 0 ? double.NaN : (double)value.Numerator / value.Denominator;

    /// <summary>The turn <c>ffmpeg</c>'s automatic rotation applies for a display matrix of <paramref name="rotation"/> degrees.</summary>
    private static QuarterTurns? TurnFor(double rotation)
    {
        var theta = -Math.Round(rotation, MidpointRounding.AwayFromZero);
        theta -= 360 * Math.Floor((theta / 360) + (0.9 / 360));
        return Math.Abs(theta - 90) < 1 ? QuarterTurns.Clockwise
            : Math.Abs(theta - 180) < 1 ? QuarterTurns.HalfTurn
            : Math.Abs(theta - 270) < 1 ? QuarterTurns.CounterClockwise
            : Math.Abs(theta) > 1 ? null
            : QuarterTurns.None;
    }

    /// <summary>Opens the file, finds its first video stream, describes it, opens its decoder and decodes the first frame.</summary>
    private void Start()
    {
        nint options = 0;
        nint format = 0;
        int opened;
        try
        {
            _ = Interop.Avutil.DictSet(&options, "scan_all_pmts", "1", 0);
            opened = Interop.Avformat.OpenInput(&format, "file:" + _path, 0, &options);
            _format = format;
        }
        finally
        {
            Interop.Avutil.DictFree(&options);
        }

        if (opened < 0 || _format == 0 || Interop.Avformat.FindStreamInfo(_format, null) < 0)
        {
            throw NotReadable(_path);
        }

        var stream = FindFirstVideoStream();
        nint decoder = 0;
        var best = Interop.Avformat.FindBestStream(_format, Interop.Avutil.MediaTypeVideo, _streamIndex, -1, &decoder, 0);
        if (best >= 0 && best != _streamIndex)
        {
            throw Inconsistent();
        }

        var parameters = ReadPointer(stream, _layout.StreamCodecParameters);
        var codecId = ReadInt(parameters, _layout.ParametersCodecId);
        if (decoder != 0 && Interop.Avcodec.FindDecoder(codecId) != decoder)
        {
            throw Inconsistent();
        }

        _pixelFormat = ReadInt(parameters, _layout.ParametersFormat);
        PrepareDecoder(decoder, parameters);
        _video = Describe(stream, parameters, codecId);
        _video.RequirePlausibleSize(_path);
        Describe(_video.ToInfo(_path));

        if (decoder == 0)
        {
            // ffmpeg cannot decode it either: the same lines as when its decoding ends with no frame.
            throw NoFirstFrame(failed: true);
        }

        // A stream FFmpeg found no pixel format for had no frame to look at: decode to find out.
        var unknownFormat = PixelFormat is "" or "unknown";
        if (!unknownFormat && !FfmpegFileSource.IsLumaFirst(PixelFormat))
        {
            throw OtherPixelFormat();
        }

        _turn = ReadTurn(stream) ?? throw new FrameSourceException($"{_path}: --decoder libav turns pictures by quarter turns only, and this one is to be shown at another angle; use --decoder ffmpeg or auto");
        if (_turn != QuarterTurns.None)
        {
            _turned = new byte[checked(Info.Width * Info.Height)];
        }

        OpenDecoder(decoder);
        if (!DecodeNext())
        {
            throw NoFirstFrame(failed: _failures > 0);
        }

        if (unknownFormat)
        {
            throw OtherPixelFormat();
        }

        FirstFrameDecoded();
    }

    /// <summary>The first video stream (as <c>-map 0:v:0</c> and <c>-select_streams v:0</c> take it), checking every stream's index on the way.</summary>
    private nint FindFirstVideoStream()
    {
        var count = (uint)ReadInt(_format, _layout.FormatNbStreams);
        var streams = ReadPointer(_format, _layout.FormatStreams);
        if (count > 0 && streams == 0)
        {
            throw Inconsistent();
        }

        for (var i = 0; i < count; i++)
        {
            var stream = ((nint*)streams)[i];
            if (stream == 0 || ReadInt(stream, _layout.StreamIndex) != i || ReadPointer(stream, _layout.StreamCodecParameters) == 0)
            {
                throw Inconsistent();
            }

            if (ReadInt(ReadPointer(stream, _layout.StreamCodecParameters), _layout.ParametersCodecType) == Interop.Avutil.MediaTypeVideo)
            {
                _streamIndex = i;
                return stream;
            }
        }

        // No video stream: FFmpeg's own search must agree.
        nint decoder = 0;
        if (Interop.Avformat.FindBestStream(_format, Interop.Avutil.MediaTypeVideo, -1, -1, &decoder, 0) >= 0)
        {
            throw Inconsistent();
        }

        throw NotReadable(_path);
    }

    /// <summary>What <c>ffprobe</c> would say about the stream, from the same fields.</summary>
    private ProbedVideo Describe(nint stream, nint parameters, int codecId)
    {
        var timeBase = ReadRational(stream, _layout.StreamTimeBase);
        if (timeBase.Numerator <= 0 || timeBase.Denominator <= 0)
        {
            throw Inconsistent();
        }

        var startTime = ReadLong(stream, _layout.StreamStartTime);
        var frames = ReadLong(stream, _layout.StreamNbFrames);
        var name = Marshal.PtrToStringUTF8(Interop.Avutil.GetPixelFormatName(_pixelFormat));
        return new ProbedVideo(
            ReadInt(parameters, _layout.ParametersWidth),
            ReadInt(parameters, _layout.ParametersHeight),
            name ?? "unknown",
            Marshal.PtrToStringUTF8(Interop.Avcodec.GetName(codecId)) ?? string.Empty,
            ReadRational(stream, _layout.StreamAvgFrameRate).ToDouble(),
            ReadRational(stream, _layout.StreamRealFrameRate).ToDouble(),
            timeBase,
            startTime == Interop.Avutil.NoPts ? null : startTime,
            Seconds(ReadLong(stream, _layout.StreamDuration), ToDouble(timeBase)),
            Seconds(ReadLong(_format, _layout.FormatDuration), 1 / 1000000.0),
            frames > 0 ? frames : null,
            State.Release.Length > 0 ? State.Release : null,
            (int)Rotation(stream));
    }

    /// <summary>The rotation of the stream's display matrix in degrees, as <c>ffprobe</c> reads it; 0 when there is none.</summary>
    private double Rotation(nint stream)
    {
        nint matrix;
        nuint size = 0;
        if (_layout.StreamSideDataFunction)
        {
            matrix = Interop.Avformat.StreamGetSideData(stream, Interop.Avutil.PacketDataDisplayMatrix, &size);
        }
        else if (!CodedSideData(ReadPointer(stream, _layout.StreamCodecParameters), out matrix, out size))
        {
            return 0;
        }

        if (matrix == 0 || size < 9 * sizeof(int))
        {
            return 0;
        }

        var degrees = Interop.Avutil.DisplayRotationGet(matrix);
        return double.IsFinite(degrees) ? degrees : 0;
    }

    /// <summary>
    /// The display matrix among the codec parameters' side data (FFmpeg 7 and later), found by
    /// <c>av_packet_side_data_get</c>; the entry it returns must be one of the array's, read at the
    /// table's step, and of the type asked for.
    /// </summary>
    /// <returns><see langword="false"/> when there is none.</returns>
    private bool CodedSideData(nint parameters, out nint data, out nuint size)
    {
        (data, size) = (0, 0);
        var step = _layout.SideDataStructSize!.Value;
        var array = ReadPointer(parameters, _layout.ParametersCodedSideData!.Value);
        var count = ReadInt(parameters, _layout.ParametersCodedSideDataCount!.Value);
        if (count < 0 || count > MaxSideData || (count > 0 && array == 0))
        {
            throw Inconsistent();
        }

        if (count == 0)
        {
            return false;
        }

        var entry = Interop.Avcodec.PacketSideDataGet(array, count, Interop.Avutil.PacketDataDisplayMatrix);
        if (entry == 0)
        {
            return false;
        }

        var at = entry - array;
        if (at < 0 || at % step != 0 || at / step >= count || ReadInt(entry, _layout.SideDataType!.Value) != Interop.Avutil.PacketDataDisplayMatrix)
        {
            throw Inconsistent();
        }

        data = ReadPointer(entry, _layout.SideDataData!.Value);
        size = (nuint)ReadLong(entry, _layout.SideDataSize!.Value);
        return true;
    }

    private QuarterTurns? ReadTurn(nint stream) => TurnFor(Rotation(stream));

    /// <summary>
    /// Makes the decoder's context from the stream's parameters, and checks the size and pixel
    /// format read through the layout against what the context's options say.
    /// </summary>
    private void PrepareDecoder(nint decoder, nint parameters)
    {
        _codec = Interop.Avcodec.AllocContext(decoder);
        if (_codec == 0 || Interop.Avcodec.ParametersToContext(_codec, parameters) < 0)
        {
            throw NotReadable(_path);
        }

        int width, height, format;
        if (Interop.Avutil.OptGetImageSize(_codec, "video_size", 0, &width, &height) < 0
            || Interop.Avutil.OptGetPixelFormat(_codec, "pixel_format", 0, &format) < 0
            || width != ReadInt(parameters, _layout.ParametersWidth)
            || height != ReadInt(parameters, _layout.ParametersHeight)
            || format != _pixelFormat)
        {
            throw Inconsistent();
        }
    }

    /// <summary>Opens the decoder as <c>ffmpeg</c> does: its threads on, the stream's time base given.</summary>
    private void OpenDecoder(nint decoder)
    {
        nint options = 0;
        int opened;
        try
        {
            _ = Interop.Avutil.DictSet(&options, "threads", "auto", 0);
            _ = Interop.Avutil.DictSet(&options, "pkt_timebase", _video.TimeBase.ToString(), 0);
            opened = Interop.Avcodec.Open(_codec, decoder, &options);
        }
        finally
        {
            Interop.Avutil.DictFree(&options);
        }

        _packet = Interop.Avcodec.PacketAlloc();
        _frame = Interop.Avutil.FrameAlloc();
        if (opened < 0 || _packet == 0 || _frame == 0)
        {
            throw NoFirstFrame(failed: true);
        }

        CheckEmptyFrame();
    }

    /// <summary>
    /// Checks the frame fields read through the layout against what <c>av_frame_alloc</c> puts in a
    /// new frame: no timestamps (the three timestamp fields, which the layout says are three
    /// different ones), no format, no size, no picture.
    /// </summary>
    private void CheckEmptyFrame()
    {
        var timestamps = new[] { _layout.FramePts, _layout.FramePacketDts, _layout.FrameBestEffortTimestamp };
        if (timestamps.Distinct().Count() != timestamps.Length
            || timestamps.Any(offset => ReadLong(_frame, offset) != Interop.Avutil.NoPts)
            || ReadInt(_frame, _layout.FrameFormat) != -1
            || ReadInt(_frame, _layout.FrameWidth) != 0
            || ReadInt(_frame, _layout.FrameHeight) != 0
            || ReadPointer(_frame, _layout.FrameData) != 0
            || ReadInt(_frame, _layout.FrameLinesize) != 0)
        {
            throw Inconsistent();
        }
    }

    /// <summary>
    /// Decodes the next frame, feeding the decoder as <c>ffmpeg</c> 5.1 does: after each packet,
    /// frames are taken until the decoder wants more; a packet the decoder refuses, or a failed
    /// take, counts as a failure and moves on to the next packet; at the end of the file (or a read
    /// error) the decoder is drained.
    /// </summary>
    /// <returns><see langword="false"/> when there are no more frames.</returns>
    private protected override bool DecodeNext()
    {
        var drainFailures = 0;
        while (true)
        {
            _cancellation.ThrowIfCancellationRequested();
            if (_receiving)
            {
                var received = Interop.Avcodec.ReceiveFrame(_codec, _frame);
                if (received >= 0)
                {
                    return Accept();
                }

                if (received == Interop.Avutil.ErrorEof || (received == Interop.Avutil.ErrorAgain && _draining))
                {
                    return EndOfFrames();
                }

                if (received == Interop.Avutil.ErrorAgain)
                {
                    _receiving = false;
                    continue;
                }

                Failure();
                if (!_draining)
                {
                    _receiving = false;
                }
                else if (++drainFailures > MaxDrainFailures)
                {
                    return EndOfFrames();
                }

                continue;
            }

            if (_draining)
            {
                return EndOfFrames();
            }

            if (Interop.Avformat.ReadFrame(_format, _packet) < 0)
            {
                // The end, or a read error, which ffmpeg also takes as the end.
                _draining = true;
                _receiving = true;
                var flushed = Interop.Avcodec.SendPacket(_codec, 0);
                if (flushed < 0 && flushed != Interop.Avutil.ErrorEof)
                {
                    Failure();
                }

                continue;
            }

            if (ReadInt(_packet, _layout.PacketStreamIndex) != _streamIndex || ReadInt(_packet, _layout.PacketSize) == 0)
            {
                Interop.Avcodec.PacketUnref(_packet);
                continue;
            }

            var sent = Interop.Avcodec.SendPacket(_codec, _packet);
            Interop.Avcodec.PacketUnref(_packet);
            if (sent < 0 && sent != Interop.Avutil.ErrorEof)
            {
                Failure();
                continue;
            }

            _receiving = true;
        }
    }

    private void Failure()
    {
        _failures++;
        Damaged();
    }

    /// <summary>Checks the decoded frame and stamps it.</summary>
    private bool Accept()
    {
        var width = ReadInt(_frame, _layout.FrameWidth);
        var height = ReadInt(_frame, _layout.FrameHeight);
        if (width != _video.Width || height != _video.Height)
        {
            if (DecodedCount == 0 && !_layout.Verified)
            {
                Ended = true;
                throw Inconsistent();
            }

            throw SizeChanged();
        }

        var format = ReadInt(_frame, _layout.FrameFormat);
        if (format != _pixelFormat && format != _otherLumaFormat)
        {
            if (!FfmpegFileSource.IsLumaFirst(Marshal.PtrToStringUTF8(Interop.Avutil.GetPixelFormatName(format)) ?? string.Empty))
            {
                Ended = true;
                throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{Info.Name}: the pixel format changes after frame {FramesRead}, to one --decoder libav does not read; use --decoder ffmpeg or auto"));
            }

            _otherLumaFormat = format;
        }

        if (ReadPointer(_frame, _layout.FrameData) == 0 || ReadInt(_frame, _layout.FrameLinesize) < width)
        {
            Ended = true;
            throw Inconsistent();
        }

        // libavcodec picks a frame's best-effort timestamp from its pts and its packet's dts: a
        // value that is neither was not read where the timestamp is.
        var timestamp = ReadLong(_frame, _layout.FrameBestEffortTimestamp);
        if (timestamp != ReadLong(_frame, _layout.FramePts) && timestamp != ReadLong(_frame, _layout.FramePacketDts))
        {
            Ended = true;
            throw Inconsistent();
        }

        Stamp(_video.Milliseconds(timestamp == Interop.Avutil.NoPts ? null : timestamp, _video.TimeBase));
        if (_turned is not null)
        {
            var data = (byte*)ReadPointer(_frame, _layout.FrameData);
            CopyPlane(data, ReadInt(_frame, _layout.FrameLinesize), 1, _video.Width, _video.Height, _turn, _turned);
        }

        if (_planes == FramePlanes.Colour)
        {
            PrepareChroma(format);
        }

        return true;
    }

    /// <summary>Finds the decoded picture's colour planes, splitting interleaved ones and turning them as the luma is turned.</summary>
    private void PrepareChroma(int format)
    {
        if (format != _chromaFormat)
        {
            _chromaFormat = format;
            _chromaLayout = ChromaLayout.Of(Marshal.PtrToStringUTF8(Interop.Avutil.GetPixelFormatName(format)) ?? string.Empty);
        }

        _hasChroma = false;
        if (_chromaLayout is not { } layout)
        {
            return;
        }

        var width = layout.Width(_video.Width);
        var height = layout.Height(_video.Height);
        var step = layout.Interleaved ? 2 : 1;
        var u = ReadPointer(_frame, _layout.FrameData + sizeof(nint));
        var v = layout.Interleaved ? u + 1 : ReadPointer(_frame, _layout.FrameData + (2 * sizeof(nint)));
        var uStride = ReadInt(_frame, _layout.FrameLinesize + sizeof(int));
        var vStride = layout.Interleaved ? uStride : ReadInt(_frame, _layout.FrameLinesize + (2 * sizeof(int)));
        if (layout.VFirst)
        {
            (u, v) = (v, u);
        }

        if (u == 0 || v == 0 || uStride < width * step || vStride < width * step)
        {
            Ended = true;
            throw Inconsistent();
        }

        _chromaShiftX = layout.ShiftX;
        _chromaShiftY = layout.ShiftY;
        _hasChroma = true;
        if (!layout.Interleaved && _turn == QuarterTurns.None && uStride == vStride)
        {
            _chromaInPlace = true;
            (_chromaWidth, _chromaHeight, _chromaStride, _chromaU, _chromaV) = (width, height, uStride, u, v);
            return;
        }

        // Split, turned or of unequal strides: both planes into one reused buffer, U then V.
        var sideways = _turn is QuarterTurns.Clockwise or QuarterTurns.CounterClockwise;
        var samples = checked(width * height);
        if (_chromaCopy is null || _chromaCopy.Length < samples * 2)
        {
            _chromaCopy = new byte[checked(samples * 2)];
        }

        CopyPlane((byte*)u, uStride, step, width, height, _turn, _chromaCopy.AsSpan(0, samples));
        CopyPlane((byte*)v, vStride, step, width, height, _turn, _chromaCopy.AsSpan(samples, samples));
        _chromaInPlace = false;
        _chromaWidth = sideways ? height : width;
        _chromaHeight = sideways ? width : height;
        _chromaStride = _chromaWidth;
        if (sideways)
        {
            (_chromaShiftX, _chromaShiftY) = (_chromaShiftY, _chromaShiftX);
        }
    }

    /// <summary>The colour planes <see cref="PrepareChroma"/> found.</summary>
    private protected override ChromaPlanes CurrentChroma()
    {
        var fullRange = _chromaLayout is { FullRange: true };
        if (!_chromaInPlace)
        {
            var samples = _chromaWidth * _chromaHeight;
            return new ChromaPlanes(_chromaWidth, _chromaHeight, _chromaStride, _chromaShiftX, _chromaShiftY, _chromaCopy.AsSpan(0, samples), _chromaCopy.AsSpan(samples, samples), fullRange);
        }

        var length = checked((_chromaStride * (_chromaHeight - 1)) + _chromaWidth);
        return new ChromaPlanes(
            _chromaWidth,
            _chromaHeight,
            _chromaStride,
            _chromaShiftX,
            _chromaShiftY,
            new ReadOnlySpan<byte>((void*)_chromaU, length),
            new ReadOnlySpan<byte>((void*)_chromaV, length),
            fullRange);
    }

    /// <summary>The decoded picture's luma, or the turned copy of it.</summary>
    private protected override LumaPlane CurrentLuma()
    {
        if (_turned is not null)
        {
            return new LumaPlane(Info.Width, Info.Height, Info.Width, _turned);
        }

        var stride = ReadInt(_frame, _layout.FrameLinesize);
        var data = ReadPointer(_frame, _layout.FrameData);
        return new LumaPlane(_video.Width, _video.Height, stride, new ReadOnlySpan<byte>((void*)data, checked((stride * (_video.Height - 1)) + _video.Width)));
    }

    /// <summary>
    /// Copies a plane of <paramref name="width"/> × <paramref name="height"/> samples, <paramref name="step"/>
    /// bytes apart, into <paramref name="target"/> without padding, turned as <c>ffmpeg</c>'s
    /// <c>transpose</c>, <c>hflip</c> and <c>vflip</c> filters turn it.
    /// </summary>
    private static void CopyPlane(byte* source, int stride, int step, int width, int height, QuarterTurns turn, Span<byte> target)
    {
        switch (turn)
        {
            case QuarterTurns.None when step == 1:
                for (var y = 0; y < height; y++)
                {
                    new ReadOnlySpan<byte>(source + ((long)y * stride), width).CopyTo(target.Slice(y * width, width));
                }

                break;
            case QuarterTurns.None:
                for (var y = 0; y < height; y++)
                {
                    var from = source + ((long)y * stride);
                    var row = target.Slice(y * width, width);
                    for (var x = 0; x < width; x++)
                    {
                        row[x] = from[x * step];
                    }
                }

                break;
            case QuarterTurns.HalfTurn when step == 1:
                for (var y = 0; y < height; y++)
                {
                    var row = target.Slice(y * width, width);
                    new ReadOnlySpan<byte>(source + ((long)(height - 1 - y) * stride), width).CopyTo(row);
                    row.Reverse();
                }

                break;
            case QuarterTurns.HalfTurn:
                for (var y = 0; y < height; y++)
                {
                    var from = source + ((long)(height - 1 - y) * stride);
                    var row = target.Slice(y * width, width);
                    for (var x = 0; x < width; x++)
                    {
                        row[width - 1 - x] = from[x * step];
                    }
                }

                break;
            case QuarterTurns.Clockwise:
                // Shown row y is source column y, read from the bottom row up.
                for (var y = 0; y < width; y++)
                {
                    var row = target.Slice(y * height, height);
                    var column = (long)y * step;
                    for (var x = 0; x < height; x++)
                    {
                        row[x] = source[((long)(height - 1 - x) * stride) + column];
                    }
                }

                break;
            case QuarterTurns.CounterClockwise:
                // Shown row y is source column width − 1 − y, read from the top row down.
                for (var y = 0; y < width; y++)
                {
                    var row = target.Slice(y * height, height);
                    var column = (long)(width - 1 - y) * step;
                    for (var x = 0; x < height; x++)
                    {
                        row[x] = source[((long)x * stride) + column];
                    }
                }

                break;
        }
    }

    /// <summary>Why there is no first frame, in <see cref="FfmpegFileSource"/>'s words.</summary>
    /// <param name="failed">Decoding failed (ffmpeg would exit with an error); otherwise the stream simply held no frame.</param>
    private FrameSourceException NoFirstFrame(bool failed)
    {
        return !failed || PixelFormat is "" or "unknown" ? NoFrames(_path) : new FrameSourceException(NotAVideoText(_path));
    }

    private FrameSourceException OtherPixelFormat() =>
        new($"{_path}: --decoder libav reads video whose pixels are 8-bit YUV or grey, and this one is {PixelFormat}; use --decoder ffmpeg or auto");

    private FrameSourceException Inconsistent() =>
        new($"{_path}: FFmpeg's libraries (libavformat {_formatVersion}) describe this file in a way Pix2Midi cannot check, so --decoder libav does not read it; use --decoder ffmpeg or auto");
}
