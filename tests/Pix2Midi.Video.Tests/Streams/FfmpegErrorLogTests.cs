using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Streams;

public class FfmpegErrorLogTests
{
    [Theory]
    [InlineData("http://127.0.0.1:1/", "Connection refused", "[tcp @ 0x55bf46d46200] Connection to tcp://127.0.0.1:1 failed: Connection refused", "http://127.0.0.1:1/: Connection refused", "Conversion failed!")]
    [InlineData("https://nonexistent.invalid/", "Failed to resolve hostname nonexistent.invalid: Name or service not known", "[tcp @ 0x55771cb20880] Failed to resolve hostname nonexistent.invalid: Name or service not known", "https://nonexistent.invalid/: Input/output error")]
    [InlineData("http://cam/audio", "there is no video in it", "Stream map '0:v:0' matches no streams.", "To ignore this, add a trailing '?' to the map.")]
    [InlineData("rtsp://admin:pw@cam/s", "Connection to rtsp://admin:***@cam/s failed", "[rtsp @ 0x1] Connection to rtsp://admin:pw@cam/s failed")]
    [InlineData("http://cam/", "Server returned 404 Not Found", "http://cam/: Server returned 404 Not Found")]
    public void Keeps_ffmpegs_most_telling_line_without_prefixes_or_passwords(string url, string expected, params string[] lines)
    {
        var log = new FfmpegErrorLog();
        foreach (var line in lines)
        {
            log.Add(line);
        }

        Assert.Equal(expected, log.Summary(url));
    }

    [Fact]
    public void Says_nothing_when_ffmpeg_said_nothing()
    {
        var log = new FfmpegErrorLog();
        log.Add("   ");
        log.Add(null);

        Assert.Null(log.Summary("http://cam/"));
    }
}
