using System.CommandLine;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Cli.Tests.Live;

public class CamerasCommandTests
{
    [Fact]
    public void On_a_machine_without_cameras_it_says_so_and_how_to_play_a_stream_instead()
    {
        if (!OperatingSystem.IsLinux() || Directory.Exists("/sys/class/video4linux"))
        {
            return; // This machine has cameras; the listing below is checked with a fake one.
        }

        var run = CliRun.InProcess("cameras");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "No camera found (looked in /sys/class/video4linux).\nConnect a camera, or play an IP camera or a phone streaming MJPEG or RTSP with: pix2midi live --source URL\n",
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Lists_each_camera_with_the_index_and_name_to_pass()
    {
        var listing = new CameraListing([new CameraInfo(0, "Integrated Camera", "/dev/video0", "V4L2"), new CameraInfo(2, "Logitech BRIO", "/dev/video2", "V4L2")], "in /sys/class/video4linux", true);
        using var output = new StringWriter();

        var code = new RootCommand { CamerasCommandFactory.Create(() => listing) }.Parse(["cameras"]).Invoke(new InvocationConfiguration { Output = output, Error = output });

        Assert.Equal(0, code);
        Assert.Equal(
            """
            2 cameras (found in /sys/class/video4linux):
               0  Integrated Camera  /dev/video0  (V4L2)
               2  Logitech BRIO  /dev/video2  (V4L2)
            Play one with: pix2midi live --camera 0 or --camera "Integrated Camera" (part of the name is enough)

            """.ReplaceLineEndings("\n"),
            output.ToString().ReplaceLineEndings("\n"));
    }
}
