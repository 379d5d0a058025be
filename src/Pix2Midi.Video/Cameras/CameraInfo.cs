namespace Pix2Midi.Video.Cameras;

/// <summary>A camera Pix2Midi can open.</summary>
/// <param name="Index">The number to pass as <c>--camera</c>: OpenCV's index for the OS's camera API (on Linux, N of <c>/dev/videoN</c>).</param>
/// <param name="Name">The name the OS gives it, or <c>camera N</c> where the OS gives none to OpenCV.</param>
/// <param name="Device">The device file on Linux (<c>/dev/video0</c>), else null.</param>
/// <param name="Api">The OpenCV capture API used to open it: V4L2, MSMF, AVFoundation.</param>
public sealed record CameraInfo(int Index, string Name, string? Device, string Api)
{
    /// <summary>How messages name the camera: <c>camera 0 ("HD Webcam")</c>.</summary>
    public string Label => Name == DefaultName(Index) ? Name : $"camera {Index} (\"{Name}\")";

    /// <summary>The name of a camera whose OS name is unknown.</summary>
    public static string DefaultName(int index) => $"camera {index}";
}
