using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>The one place Pix2Midi opens a video file, with the decoder the user chose.</summary>
public static class VideoFiles
{
    /// <summary>Opens <paramref name="path"/> and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="decoder">
    /// <see cref="VideoDecoder.Auto"/>: FFmpeg's libraries in this process when they are installed
    /// (fastest: see <c>docs/decisions/0013-in-process-ffmpeg-libraries.md</c>), else, or when they
    /// cannot read the file, the <c>ffmpeg</c> program when it and <c>ffprobe</c> are installed
    /// (see <c>docs/decisions/0010-file-decoding-through-ffmpeg.md</c>), else, or when it cannot
    /// open the file, OpenCV.
    /// </param>
    /// <param name="cancellationToken">Stops an <c>ffmpeg</c> decoder at once (OpenCV stops at the caller's next check).</param>
    /// <exception cref="FrameSourceException">The file cannot be read, or <see cref="VideoDecoder.Ffmpeg"/> or <see cref="VideoDecoder.Libav"/> was asked for and is not installed.</exception>
    public static IVideoFileSource Open(string path, VideoDecoder decoder = VideoDecoder.Auto, CancellationToken cancellationToken = default) =>
        Open(path, new VideoFileOptions { Decoder = decoder }, cancellationToken);

    /// <summary>Opens <paramref name="path"/> as <paramref name="options"/> say, and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="options">The decoder, the planes frames carry (<see cref="VideoFileOptions.Planes"/>), and the parts of the frame that will be read.</param>
    /// <param name="cancellationToken">Stops an <c>ffmpeg</c> decoder at once (OpenCV stops at the caller's next check).</param>
    /// <exception cref="FrameSourceException">The file cannot be read, or <see cref="VideoDecoder.Ffmpeg"/> or <see cref="VideoDecoder.Libav"/> was asked for and is not installed.</exception>
    public static IVideoFileSource Open(string path, VideoFileOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        return options.Decoder switch
        {
            VideoDecoder.OpenCv => VideoFileSource.Open(path, options.Planes),
            VideoDecoder.Ffmpeg => FfmpegFileSource.Open(path, FfmpegTools.Locate(path), options.Regions, options.Planes, cancellationToken),
            VideoDecoder.Libav => LibavFileSource.Open(path, options.Planes, cancellationToken),
            _ => OpenAuto(path, options, cancellationToken),
        };
    }

    /// <summary>
    /// FFmpeg's libraries in this process, or the <c>ffmpeg</c> program when they are missing or
    /// cannot read the file (another pixel format, a version whose layout Pix2Midi cannot check),
    /// or OpenCV. The row window is not needed in process: the whole plane is read where it lies.
    /// </summary>
    private static IVideoFileSource OpenAuto(string path, VideoFileOptions options, CancellationToken cancellationToken)
    {
        if (LibavFileSource.IsAvailable)
        {
            try
            {
                return LibavFileSource.Open(path, options.Planes, cancellationToken);
            }
            catch (FrameSourceException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }

        return FfmpegTools.Find() is { } tools
            ? OpenEither(path, tools, options, cancellationToken)
            : VideoFileSource.Open(path, options.Planes);
    }

    /// <summary>
    /// The <c>ffmpeg</c> decoder, or OpenCV's when that one cannot read the file: the system's
    /// FFmpeg may lack a decoder the bundled one has (some distributions leave out patented
    /// codecs). A file neither can read gets OpenCV's message, which is the same line.
    /// </summary>
    private static IVideoFileSource OpenEither(string path, FfmpegTools tools, VideoFileOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return FfmpegFileSource.Open(path, tools, options.Regions, options.Planes, cancellationToken);
        }
        catch (FrameSourceException) when (!cancellationToken.IsCancellationRequested)
        {
            return VideoFileSource.Open(path, options.Planes);
        }
    }
}
