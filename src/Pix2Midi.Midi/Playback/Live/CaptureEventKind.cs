namespace Pix2Midi.Midi.Playback.Live;

/// <summary>What the capture thread tells the MIDI thread about the source.</summary>
internal enum CaptureEventKind
{
    /// <summary>A source that was open failed or ended.</summary>
    Lost,

    /// <summary>An attempt to open the source failed.</summary>
    OpenFailed,
}
