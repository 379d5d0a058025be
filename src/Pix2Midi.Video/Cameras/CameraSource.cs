using System.Diagnostics;
using System.Globalization;
using OpenCvSharp;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Video.Cameras;

/// <summary>Pictures from a camera, through OpenCV's camera API for this OS (V4L2, Media Foundation, AVFoundation).</summary>
/// <remarks>
/// <para>
/// Frames come as the camera API hands them over (usually BGR) and are converted to grey into a
/// reused buffer; a camera that already gives one 8-bit plane is used as it is. Timestamps are
/// the time since the camera opened, on the <see cref="Stopwatch"/> clock, when each picture was
/// handed over.
/// </para>
/// <para>
/// Asked for <see cref="FramePlanes.Colour"/>, a colour camera's frames also carry full-range
/// BT.601 U and V planes made from the same BGR picture into a reused buffer (see
/// <see cref="BgrToYuv"/>), in the range of the grey luma; a grey camera's carry none. Asked for
/// <see cref="FramePlanes.Luma"/> (the default), it does no colour work.
/// </para>
/// <para>
/// A camera has no normal end: when it stops giving pictures (unplugged, taken by another
/// program) <see cref="TryReadFrame"/> throws a <see cref="FrameSourceException"/> saying so.
/// One reader at a time; <see cref="Dispose"/> must not be called while a read is in progress.
/// </para>
/// </remarks>
public sealed class CameraSource : IFrameSource
{
    private readonly VideoCapture _capture;
    private readonly Mat _picture = new();
    private readonly Mat _grey = new();
    private readonly InputArray _pictureInput;
    private readonly OutputArray _greyOutput;
    private readonly long _opened;
    private readonly FramePlanes _planes;
    private byte[] _chroma = [];
    private bool _hasChroma;
    private bool _firstPending;
    private bool _disposed;

    private CameraSource(CameraInfo camera, VideoCapture capture, string api, FramePlanes planes)
    {
        Camera = camera;
        _planes = planes;
        _capture = capture;
        _pictureInput = InputArray.Create(_picture);
        _greyOutput = OutputArray.Create(_grey);
        _opened = Stopwatch.GetTimestamp();
        Info = new VideoInfo(camera.Label, 1, 1, null, null, null, api);
    }

    /// <inheritdoc />
    public VideoInfo Info { get; private set; }

    /// <summary>The camera.</summary>
    public CameraInfo Camera { get; }

    /// <summary>How many frames have been read.</summary>
    public long FramesRead { get; private set; }

    /// <summary>Opens <paramref name="camera"/> and reads its first picture.</summary>
    /// <exception cref="FrameSourceException">It is not there, busy, gives no picture, or OpenCV cannot be loaded.</exception>
    public static CameraSource Open(CameraInfo camera) => Open(camera, FramePlanes.Luma);

    /// <summary>Opens <paramref name="camera"/> for the planes <paramref name="planes"/> names, and reads its first picture.</summary>
    /// <param name="camera">The camera.</param>
    /// <param name="planes"><see cref="FramePlanes.Colour"/> to hand on colour planes too.</param>
    /// <exception cref="FrameSourceException">It is not there, busy, gives no picture, or OpenCV cannot be loaded.</exception>
    public static CameraSource Open(CameraInfo camera, FramePlanes planes)
    {
        ArgumentNullException.ThrowIfNull(camera);
        OpenCvRuntime.EnsureLoaded(camera.Label);
        var apis = new List<VideoCaptureAPIs> { CameraApi.ForThisOs() };
        if (CameraApi.FallbackForThisOs() is { } fallback)
        {
            apis.Add(fallback);
        }

        foreach (var api in apis)
        {
            var capture = new VideoCapture();
            CameraSource? source = null;
            try
            {
                if (!capture.Open(camera.Index, api) || !capture.IsOpened())
                {
                    capture.Dispose();
                    continue;
                }

                source = new CameraSource(camera, capture, CameraApi.Name(api), planes);
                if (!source.Grab())
                {
                    throw new FrameSourceException($"{camera.Label}: opened, but it gives no picture (is another program using it?)");
                }

                source._firstPending = true;
                return source;
            }
            catch (OpenCVException e)
            {
                Release(source, capture);
                throw new FrameSourceException($"{camera.Label}: OpenCV could not open it ({OneLine.Of(e.Message)})", e);
            }
            catch
            {
                Release(source, capture);
                throw;
            }
        }

        throw new FrameSourceException(camera.Device is { } device && !File.Exists(device)
            ? $"{camera.Label}: {device} does not exist (unplugged?)"
            : camera.Device is { } path && !CanRead(path)
                ? $"{camera.Label}: no permission to read {path}; on most Linux systems add yourself to the video group (sudo usermod -aG video $USER) and log in again"
                : $"{camera.Label}: cannot be opened (not there, or in use by another program)");
    }

    private static bool CanRead(string device)
    {
        try
        {
            using var handle = File.OpenHandle(device, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            // Busy or gone: not a permission problem.
            return true;
        }
    }

    /// <inheritdoc />
    public bool TryReadFrame(out VideoFrame frame)
    {
        frame = default;
        if (_disposed)
        {
            return false;
        }

        if (_firstPending)
        {
            _firstPending = false;
        }
        else
        {
            bool grabbed;
            try
            {
                grabbed = Grab();
            }
            catch (OpenCVException e)
            {
                throw new FrameSourceException($"{Info.Name}: reading failed after frame {FramesRead} ({OneLine.Of(e.Message)})", e);
            }

            if (!grabbed)
            {
                throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{Info.Name}: stopped giving pictures after {FramesRead} frames (unplugged, or taken by another program?)"));
            }
        }

        frame = _hasChroma
            ? new VideoFrame(Luma(), Chroma(), Stopwatch.GetElapsedTime(_opened), FramesRead)
            : new VideoFrame(Luma(), Stopwatch.GetElapsedTime(_opened), FramesRead);
        FramesRead++;
        return true;
    }

    /// <summary>Closes the camera.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _greyOutput.Dispose();
        _pictureInput.Dispose();
        _grey.Dispose();
        _picture.Dispose();
        _capture.Dispose();
    }

    private static void Release(CameraSource? source, VideoCapture capture)
    {
        if (source is not null)
        {
            source.Dispose();
        }
        else
        {
            capture.Dispose();
        }
    }

    /// <summary>Reads the next picture and makes a grey plane of it.</summary>
    private bool Grab()
    {
        if (!_capture.Read(_picture) || _picture.Empty())
        {
            return false;
        }

        var type = _picture.Type();
        if (type == MatType.CV_8UC3)
        {
            Cv2.CvtColor(_pictureInput, _greyOutput, ColorConversionCodes.BGR2GRAY);
        }
        else if (type == MatType.CV_8UC4)
        {
            Cv2.CvtColor(_pictureInput, _greyOutput, ColorConversionCodes.BGRA2GRAY);
        }
        else if (type != MatType.CV_8UC1)
        {
            throw new FrameSourceException($"{Info.Name}: the camera gives pictures of type {type}, which Pix2Midi cannot read");
        }

        var plane = type == MatType.CV_8UC1 ? _picture : _grey;
        if (plane.Cols != Info.Width || plane.Rows != Info.Height)
        {
            Info = Info with { Width = plane.Cols, Height = plane.Rows, NominalRate = FrameRate.FromReported(_capture.Fps) };
        }

        _hasChroma = _planes == FramePlanes.Colour && type != MatType.CV_8UC1;
        if (_hasChroma)
        {
            _chroma = ChromaOf(_picture, type == MatType.CV_8UC4 ? 4 : 3, _chroma);
        }

        return true;
    }

    /// <summary>
    /// Full-range U and V (one after the other, without padding) of a BGR or BGRA picture, into
    /// <paramref name="reused"/> when it is the right size.
    /// </summary>
    internal static unsafe byte[] ChromaOf(Mat picture, int channels, byte[] reused)
    {
        var width = picture.Cols;
        var height = picture.Rows;
        var pixels = checked(width * height);
        var target = reused.Length == pixels * 2 ? reused : new byte[checked(pixels * 2)];
        var step = checked((int)picture.Step());
        var data = (byte*)picture.Data;
        for (var y = 0; y < height; y++)
        {
            var row = new ReadOnlySpan<byte>(data + ((long)y * step), width * channels);
            BgrToYuv.FullRangeChroma(row, channels, target.AsSpan(y * width, width), target.AsSpan(pixels + (y * width), width));
        }

        return target;
    }

    private ChromaPlanes Chroma()
    {
        var pixels = Info.Width * Info.Height;
        return new ChromaPlanes(Info.Width, Info.Height, Info.Width, 0, 0, _chroma.AsSpan(0, pixels), _chroma.AsSpan(pixels, pixels), fullRange: true);
    }

    private unsafe LumaPlane Luma()
    {
        var plane = _picture.Type() == MatType.CV_8UC1 ? _picture : _grey;
        var width = plane.Cols;
        var height = plane.Rows;
        var stride = checked((int)plane.Step());
        return new LumaPlane(width, height, stride, new ReadOnlySpan<byte>((void*)plane.Data, checked((stride * (height - 1)) + width)));
    }
}
