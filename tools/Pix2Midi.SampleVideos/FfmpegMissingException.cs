namespace Pix2Midi.SampleVideos;

/// <summary>Thrown when the ffmpeg program cannot be started.</summary>
public sealed class FfmpegMissingException : Exception
{
    public FfmpegMissingException()
        : base("ffmpeg was not found on PATH.")
    {
    }

    public FfmpegMissingException(string message)
        : base(message)
    {
    }

    public FfmpegMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
