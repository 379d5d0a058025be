namespace Pix2Midi.Video.Files;

/// <summary>Which decoder reads a video file.</summary>
public enum VideoDecoder
{
    /// <summary>The <c>ffmpeg</c> program when it (with <c>ffprobe</c>) is installed, otherwise OpenCV.</summary>
    Auto,

    /// <summary>The <c>ffmpeg</c> program, as a child process (<see cref="FfmpegFileSource"/>).</summary>
    Ffmpeg,

    /// <summary>The FFmpeg inside OpenCV's runtime (<see cref="VideoFileSource"/>).</summary>
    OpenCv,
}
