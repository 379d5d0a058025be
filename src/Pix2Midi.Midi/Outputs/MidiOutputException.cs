namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// A MIDI port or backend that failed, with a message a musician understands (which port, what
/// happened, what to do). The one exception type every backend turns native errors into.
/// </summary>
public sealed class MidiOutputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MidiOutputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public MidiOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public MidiOutputException()
    {
    }

    /// <summary>The native result code, when there was one.</summary>
    public int? NativeCode { get; init; }
}
