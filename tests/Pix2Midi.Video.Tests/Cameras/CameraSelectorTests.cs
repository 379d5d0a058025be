using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Video.Tests.Cameras;

public class CameraSelectorTests
{
    private static readonly CameraListing Two = new(
        [new CameraInfo(0, "Integrated Camera", "/dev/video0", "V4L2"), new CameraInfo(2, "Logitech BRIO", "/dev/video2", "V4L2")],
        "from sysfs",
        Complete: true);

    private static readonly CameraListing None = new([], "in /sys/class/video4linux", Complete: true);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    [InlineData("/dev/video2", 2)]
    [InlineData("brio", 2)]
    [InlineData("LOGITECH", 2)]
    [InlineData("integrated camera", 0)]
    [InlineData(" Integrated ", 0)]
    public void Picks_by_index_device_or_part_of_the_name(string requested, int index) =>
        Assert.Equal(index, CameraSelector.Resolve(requested, Two).Index);

    [Theory]
    [InlineData("1", "--camera 1: there is no camera 1; cameras here: 0 \"Integrated Camera\", 2 \"Logitech BRIO\"")]
    [InlineData("-1", "--camera -1: there is no camera -1; cameras here: 0 \"Integrated Camera\", 2 \"Logitech BRIO\"")]
    [InlineData("FaceTime", "--camera FaceTime: no camera has that name; cameras here: 0 \"Integrated Camera\", 2 \"Logitech BRIO\"")]
    [InlineData("i", "--camera i: 2 cameras match (0 \"Integrated Camera\", 2 \"Logitech BRIO\"); give more of the name, or the index")]
    public void A_camera_that_is_not_there_is_one_line_listing_those_that_are(string requested, string message)
    {
        var error = Assert.Throws<FrameSourceException>(() => CameraSelector.Resolve(requested, Two));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("0", "--camera 0: there is no camera 0; no camera found (looked in /sys/class/video4linux)")]
    [InlineData("webcam", "--camera webcam: no camera has that name; no camera found (looked in /sys/class/video4linux)")]
    [InlineData(null, "no camera found (looked in /sys/class/video4linux); connect one, or play a stream with --source URL")]
    public void With_no_camera_at_all_it_says_so(string? requested, string message)
    {
        var error = Assert.Throws<FrameSourceException>(() => CameraSelector.Resolve(requested, None));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void With_nothing_asked_the_only_camera_is_used_and_several_must_be_chosen_from()
    {
        var one = new CameraListing([new CameraInfo(1, "USB Video", "/dev/video1", "V4L2")], "from sysfs", true);

        Assert.Equal(1, CameraSelector.Resolve(null, one).Index);
        Assert.Equal(
            "2 cameras found; choose one with --camera INDEX or NAME: 0 \"Integrated Camera\", 2 \"Logitech BRIO\"",
            Assert.Throws<FrameSourceException>(() => CameraSelector.Resolve(null, Two)).Message);
    }

    [Fact]
    public void Where_cameras_were_found_by_probing_an_unlisted_index_is_still_tried()
    {
        var probed = new CameraListing([new CameraInfo(0, "camera 0", null, "MSMF")], "by opening indices", Complete: false);

        var camera = CameraSelector.Resolve("3", probed);

        Assert.Equal(new CameraInfo(3, "camera 3", null, "MSMF"), camera);
        Assert.Equal("camera 3", camera.Label);
        Assert.Equal("camera 0 (\"Integrated Camera\")", Two.Cameras[0].Label);
    }
}
