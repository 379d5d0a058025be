using OpenCvSharp;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Video.Cameras;

/// <summary>The cameras on this machine, and how to pick one by index or by name.</summary>
public static class CameraCatalog
{
    /// <summary>How many indices are tried where the OS's camera list cannot be read (Windows, macOS).</summary>
    public const int ProbedIndices = 8;

    /// <summary>Lists the cameras.</summary>
    /// <remarks>
    /// Linux: read from sysfs, with names, without opening anything. Windows and macOS: OpenCV
    /// cannot name cameras, so indices 0 to <see cref="ProbedIndices"/> − 1 are opened in turn
    /// (stopping after two misses in a row); a camera busy in another program may be missed.
    /// </remarks>
    /// <exception cref="Core.Frames.FrameSourceException">OpenCV's native library cannot be loaded (Windows, macOS).</exception>
    public static CameraListing List()
    {
        if (OperatingSystem.IsLinux())
        {
            return new CameraListing(LinuxCameras.List(), $"in {LinuxCameras.SysfsRoot}", Complete: true);
        }

        return Probe();
    }

    private static CameraListing Probe()
    {
        OpenCvRuntime.EnsureLoaded("cameras");
        var api = CameraApi.ForThisOs();
        var cameras = new List<CameraInfo>();
        var misses = 0;
        for (var index = 0; index < ProbedIndices && misses < 2; index++)
        {
            using var capture = new VideoCapture();
            bool opened;
            try
            {
                opened = capture.Open(index, api) && capture.IsOpened();
            }
            catch (OpenCVException)
            {
                opened = false;
            }

            if (opened)
            {
                cameras.Add(new CameraInfo(index, CameraInfo.DefaultName(index), null, CameraApi.Name(api)));
                misses = 0;
            }
            else
            {
                misses++;
            }

            capture.Release();
        }

        return new CameraListing(cameras, $"by opening indices 0 to {ProbedIndices - 1} with OpenCV's {CameraApi.Name(api)} backend, which gives no names; a camera in use by another program may be missed", Complete: false);
    }
}
