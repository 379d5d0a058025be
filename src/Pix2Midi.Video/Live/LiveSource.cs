using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Cameras;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Live;

/// <summary>Where <c>pix2midi live</c> gets its pictures: a camera or a stream URL, opened again after every loss.</summary>
public sealed class LiveSource
{
    private readonly Func<CancellationToken, IFrameSource> _open;

    private LiveSource(string name, bool isCamera, Func<CancellationToken, IFrameSource> open)
    {
        Name = name;
        IsCamera = isCamera;
        _open = open;
    }

    /// <summary>How messages name it: <c>camera 0 ("HD Webcam")</c>, or the URL with any password hidden.</summary>
    public string Name { get; }

    /// <summary>A camera, rather than a stream.</summary>
    public bool IsCamera { get; }

    /// <summary>A camera.</summary>
    /// <param name="camera">The camera.</param>
    /// <param name="planes"><see cref="FramePlanes.Colour"/> for frames with colour (a mapping that reads colour, a preview in colour).</param>
    public static LiveSource FromCamera(CameraInfo camera, FramePlanes planes = FramePlanes.Luma)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return new LiveSource(camera.Label, true, _ => CameraSource.Open(camera, planes));
    }

    /// <summary>A stream URL, read with the <c>ffmpeg</c> program.</summary>
    /// <param name="url">The stream.</param>
    /// <param name="options">Timeouts, and the planes frames carry (<see cref="StreamOptions.Planes"/>); the defaults when null.</param>
    /// <exception cref="FrameSourceException">It is not a URL, or <c>ffmpeg</c> is not installed.</exception>
    public static LiveSource FromUrl(string url, StreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = StreamUrl.Redact(url);
        if (!StreamUrl.IsUrl(url))
        {
            throw new FrameSourceException($"--source {shown}: not a URL; give one such as http://192.168.1.20:8080/video or rtsp://camera.local/stream (for a video file, use pix2midi run)");
        }

        _ = FfmpegProgram.Locate(shown);
        return new LiveSource(shown, false, token => StreamSource.Open(url, options, token));
    }

    /// <summary>Opens it (again).</summary>
    /// <param name="cancellationToken">Gives up waiting for a stream when cancelled.</param>
    /// <exception cref="FrameSourceException">It cannot be opened now.</exception>
    public IFrameSource Open(CancellationToken cancellationToken) => _open(cancellationToken);
}
