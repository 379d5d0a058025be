using OpenCvSharp;

namespace Pix2Midi.Video.Cameras;

/// <summary>Which OpenCV capture API opens cameras on this OS.</summary>
internal static class CameraApi
{
    /// <summary>V4L2 on Linux, Media Foundation on Windows, AVFoundation on macOS; else whatever OpenCV picks.</summary>
    public static VideoCaptureAPIs ForThisOs() =>
        OperatingSystem.IsLinux() ? VideoCaptureAPIs.V4L2
        : OperatingSystem.IsWindows() ? VideoCaptureAPIs.MSMF
        : OperatingSystem.IsMacOS() ? VideoCaptureAPIs.AVFOUNDATION
        : VideoCaptureAPIs.ANY;

    /// <summary>A second API to try when the first cannot open a camera: DirectShow on Windows.</summary>
    public static VideoCaptureAPIs? FallbackForThisOs() => OperatingSystem.IsWindows() ? VideoCaptureAPIs.DSHOW : null;

    public static string Name(VideoCaptureAPIs api) => api switch
    {
        VideoCaptureAPIs.V4L2 => "V4L2",
        VideoCaptureAPIs.MSMF => "MSMF",
        VideoCaptureAPIs.DSHOW => "DirectShow",
        VideoCaptureAPIs.AVFOUNDATION => "AVFoundation",
        _ => api.ToString(),
    };
}
