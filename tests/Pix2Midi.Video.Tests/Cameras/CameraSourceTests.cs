using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Video.Tests.Cameras;

/// <summary>
/// Opening a camera that is not there. (No test machine has a camera: opening a real one is
/// verified by hand; see docs/live.md.)
/// </summary>
public class CameraSourceTests
{
    [Fact]
    public void A_camera_that_is_not_there_fails_with_one_line()
    {
        var device = "/dev/video63";
        if (File.Exists(device))
        {
            return;
        }

        var camera = new CameraInfo(63, "USB Video", device, "V4L2");

        var error = Assert.Throws<FrameSourceException>(() => CameraSource.Open(camera));

        Assert.Equal(
            OperatingSystem.IsLinux()
                ? "camera 63 (\"USB Video\"): /dev/video63 does not exist (unplugged?)"
                : "camera 63 (\"USB Video\"): cannot be opened (not there, or in use by another program)",
            error.Message);
    }
}
