namespace Pix2Midi.Midi.Playback;

/// <summary>How a real-time run behaves.</summary>
public sealed record PlaybackOptions
{
    /// <summary>Play again from the start when the video ends, until stopped.</summary>
    public bool Loop { get; init; }

    /// <summary>
    /// Send the MIDI clock (<c>--clock</c>) to every output that carries it (<see cref="Outputs.IMidiOutput.ReceivesClock"/>):
    /// Start, then 24 Timing Clocks a quarter note at the mapping's tempo from the start of the
    /// video, across loops; Stop at a pause and Continue after it; Stop at the end.
    /// </summary>
    public bool Clock { get; init; }

    /// <summary>How many analysed frames may wait ahead of the clock.</summary>
    public int QueueFrames { get; init; } = 16;

    /// <summary>Time between the first frame being ready and it sounding, so the queue fills and lookahead outputs get their lead.</summary>
    public TimeSpan StartDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A frame decoded later than this after its due time is dropped (counted, not analysed), so a slow machine catches up instead of drifting.</summary>
    public TimeSpan DropAfter { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>An event handed over later than this after its target counts as late.</summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromMilliseconds(1);
}
