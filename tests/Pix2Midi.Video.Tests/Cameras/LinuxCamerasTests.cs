using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Video.Tests.Cameras;

/// <summary>Cameras read from a sysfs tree laid out like the kernel's (a fake one: this machine has no camera).</summary>
public class LinuxCamerasTests
{
    [Fact]
    public void Lists_capture_nodes_with_their_names_and_leaves_out_metadata_nodes()
    {
        using var sysfs = new TempDirectory();
        Node(sysfs, "video0", "Integrated Camera: Integrated C", index: "0");
        Node(sysfs, "video1", "Integrated Camera: Integrated C", index: "1");
        Node(sysfs, "video2", "USB Video", index: "0");
        Node(sysfs, "video3", "USB Video", index: "1");
        Node(sysfs, "video10", "bcm2835-isp", index: null);
        Directory.CreateDirectory(Path.Combine(sysfs.Path, "v4l-subdev0"));

        var cameras = LinuxCameras.List(sysfs.Path, "/dev");

        Assert.Equal(
            [
                new CameraInfo(0, "Integrated Camera: Integrated C", "/dev/video0", "V4L2"),
                new CameraInfo(2, "USB Video", "/dev/video2", "V4L2"),
                new CameraInfo(10, "bcm2835-isp", "/dev/video10", "V4L2"),
            ],
            cameras);
    }

    [Fact]
    public void A_node_without_a_name_is_called_by_its_index()
    {
        using var sysfs = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(sysfs.Path, "video4"));

        Assert.Equal("camera 4", Assert.Single(LinuxCameras.List(sysfs.Path)).Name);
    }

    [Fact]
    public void No_video4linux_folder_means_no_cameras()
    {
        using var empty = new TempDirectory();

        Assert.Empty(LinuxCameras.List(Path.Combine(empty.Path, "video4linux")));
    }

    [Fact]
    public void This_machine_has_no_camera_and_says_how_it_looked()
    {
        if (!OperatingSystem.IsLinux() || Directory.Exists(LinuxCameras.SysfsRoot))
        {
            return; // Only meaningful on a Linux machine without video devices, like CI's.
        }

        var listing = CameraCatalog.List();

        Assert.Empty(listing.Cameras);
        Assert.True(listing.Complete);
        Assert.Equal("in /sys/class/video4linux", listing.Method);
    }

    private static void Node(TempDirectory sysfs, string node, string name, string? index)
    {
        var folder = Directory.CreateDirectory(Path.Combine(sysfs.Path, node)).FullName;
        File.WriteAllText(Path.Combine(folder, "name"), name + "\n");
        if (index is not null)
        {
            File.WriteAllText(Path.Combine(folder, "index"), index + "\n");
        }
    }
}
