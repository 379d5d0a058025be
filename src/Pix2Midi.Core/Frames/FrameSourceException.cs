namespace Pix2Midi.Core.Frames;

/// <summary>A video or camera that cannot be opened or read, with a message meant for the user.</summary>
/// <remarks>
/// <see cref="Exception.Message"/> is one line that names the source and the problem, and is
/// printed as it is; it never needs a stack trace to be understood.
/// </remarks>
public sealed class FrameSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FrameSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    public FrameSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public FrameSourceException()
    {
    }
}
