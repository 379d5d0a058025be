namespace Pix2Midi.Core.Smf;

/// <summary>A byte sequence that is not a valid Standard MIDI File.</summary>
/// <remarks>
/// The message says what is wrong and at which byte offset of the file, such as
/// "The track chunk ends without an end-of-track event (FF 2F 00), at byte 58 (0x3A)."
/// </remarks>
public sealed class SmfFormatException : Exception
{
    /// <summary>Creates the exception for a problem found at <paramref name="offset"/>.</summary>
    /// <param name="problem">What is wrong, as a sentence without its final full stop.</param>
    /// <param name="offset">The byte offset in the file where the problem was found.</param>
    public SmfFormatException(string problem, long offset)
        : base(FormattableString.Invariant($"{problem}, at byte {offset} (0x{offset:X})."))
    {
        Offset = offset;
    }

    /// <summary>Creates the exception with a message and no offset.</summary>
    public SmfFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no offset and the failure that caused it.</summary>
    public SmfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public SmfFormatException()
    {
    }

    /// <summary>The byte offset in the file where the problem was found, or -1 when unknown.</summary>
    public long Offset { get; } = -1;
}
