namespace Pix2Midi.Video.Files;

/// <summary>Which decoder reads a video file.</summary>
public enum VideoDecoder
{
    /// <summary>
    /// The first that can read the file of: FFmpeg's libraries in this process, the <c>ffmpeg</c>
    /// program (with <c>ffprobe</c>), OpenCV.
    /// </summary>
    Auto,

    /// <summary>The <c>ffmpeg</c> program, as a child process (<see cref="FfmpegFileSource"/>).</summary>
    Ffmpeg,

    /// <summary>The FFmpeg inside OpenCV's runtime (<see cref="VideoFileSource"/>).</summary>
    OpenCv,

    /// <summary>FFmpeg's shared libraries, in this process (<see cref="LibavFileSource"/>).</summary>
    Libav,
}
