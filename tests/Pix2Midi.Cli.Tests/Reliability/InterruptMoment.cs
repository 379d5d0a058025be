namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>When an interrupt test sends its signal.</summary>
public enum InterruptMoment
{
    /// <summary>Counted from the process's start: while .NET starts, the command line is read, the video and ports open.</summary>
    Startup,

    /// <summary>Counted from the first note at the receiver: while notes play.</summary>
    Playing,

    /// <summary><c>run</c>: counted from the last note-on at the receiver: over the last note-off, the video's end, the note-offs, the files being written and the exit.</summary>
    End,

    /// <summary><c>live</c>: counted from the moment the stream is cut: while the run silences everything and starts retrying.</summary>
    SourceLoss,
}
