using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Streams;

public class StreamUrlTests
{
    [Theory]
    [InlineData("http://192.168.1.20:8080/video", true)]
    [InlineData("rtsp://user:pw@cam.local/stream1", true)]
    [InlineData("rtsps://cam/s", true)]
    [InlineData("srt://host:9000", true)]
    [InlineData("camera.mp4", false)]
    [InlineData("/dev/video0", false)]
    [InlineData("C:\\video.mp4", false)]
    [InlineData("://nothing", false)]
    [InlineData("1http://x", false)]
    public void Tells_a_url_from_a_file_or_device(string text, bool isUrl) => Assert.Equal(isUrl, StreamUrl.IsUrl(text));

    [Theory]
    [InlineData("rtsp://admin:secret@10.0.0.5:554/h264", "rtsp://admin:***@10.0.0.5:554/h264")]
    [InlineData("http://user:p@ss@host/mjpg", "http://user:***@host/mjpg")]
    [InlineData("http://host:8080/video?user=a", "http://host:8080/video?user=a")]
    [InlineData("http://onlyuser@host/", "http://onlyuser@host/")]
    [InlineData("rtsp://a:b@cam", "rtsp://a:***@cam")]
    public void Passwords_never_reach_a_message(string url, string shown) => Assert.Equal(shown, StreamUrl.Redact(url));

    [Theory]
    [InlineData("http://cam/video", 5, "-rw_timeout 2000000")]
    [InlineData("https://cam/video", 5, "-rw_timeout 2000000")]
    [InlineData("tcp://cam:5000", null, "-rw_timeout 2000000")]
    [InlineData("rtsp://cam/s", 5, "-rw_timeout 2000000 -timeout 2000000")]
    [InlineData("rtsp://cam/s", 6, "-rw_timeout 2000000 -timeout 2000000")]
    [InlineData("rtsp://cam/s", null, "-rw_timeout 2000000 -timeout 2000000")]
    [InlineData("rtsp://cam/s", 4, "-rw_timeout 2000000 -stimeout 2000000")]
    [InlineData("udp://0.0.0.0:1234", 5, "-timeout 2000000")]
    [InlineData("file:clip.mp4", 5, "")]
    public void Every_network_scheme_gets_a_timeout_in_microseconds(string url, int? version, string expected)
    {
        var arguments = StreamUrl.TimeoutArguments(url, TimeSpan.FromSeconds(2), version);

        Assert.Equal(expected, string.Join(' ', arguments));
    }

    [Fact]
    public void Ffmpeg_writes_grey_yuv4mpeg_frames_to_its_output_without_buffering()
    {
        var arguments = string.Join(' ', StreamSource.Arguments("http://cam/video", new StreamOptions { ReadTimeout = TimeSpan.FromSeconds(3) }, 5));

        Assert.Equal(
            "-hide_banner -nostdin -nostats -loglevel error -fflags nobuffer -flags low_delay -rw_timeout 3000000 -i http://cam/video -map 0:v:0 -an -sn -dn -f yuv4mpegpipe -pix_fmt gray -flush_packets 1 -",
            arguments);
    }
}
