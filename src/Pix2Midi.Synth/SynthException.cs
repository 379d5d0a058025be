namespace Pix2Midi.Synth;

/// <summary>
/// The synthesizer cannot do what was asked, with one line a musician understands: which file,
/// driver or library, what happened, and what is allowed or what to do. The one exception type
/// FluidSynth's failures are turned into.
/// </summary>
public sealed class SynthException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SynthException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SynthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public SynthException()
    {
    }
}
