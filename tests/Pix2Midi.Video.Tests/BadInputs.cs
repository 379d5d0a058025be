namespace Pix2Midi.Video.Tests;

/// <summary>
/// The bad video files of <see cref="VideoFixture"/> and the one line every decoder gives for each
/// (after "PATH: "): one list for the tests of each decoder, which also check they agree.
/// </summary>
public static class BadInputs
{
    /// <summary>File name, and the problem the line names; <c>missing.mp4</c> is never made.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "missing.mp4", "no such file" },
        { "a folder.mp4", "is a folder, not a video file" },
        { "empty.mp4", "the file is empty (0 bytes)" },
        { "text.mp4", "not a video FFmpeg can read (or the file is damaged)" },
        { "zero-frames.mp4", "contains no video frames (the container is complete but holds no media data)" },
        { "index-at-end-cut.mp4", "not a video FFmpeg can read (or the file is damaged)" },
        { "zero-frames.avi", "contains no video frames" },
        { "too-wide.mkv", "impossible frame size (16392×8); at most 16384×16384 is accepted" },
    };

    /// <summary>The path of <paramref name="name"/> in <paramref name="videos"/>, made if it is meant to exist.</summary>
    public static string Path(VideoFixture videos, string name) => name == "missing.mp4" ? videos.Missing(name) : videos.Get(name);
}
