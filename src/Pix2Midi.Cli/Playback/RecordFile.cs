using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Playback;

/// <summary>Writes what a run sent (<c>--record</c>) as a Standard MIDI File, at the video times it was meant for.</summary>
internal static class RecordFile
{
    /// <summary>
    /// The frame-exact time base of <paramref name="rate"/> when every message falls on it (the
    /// last note-offs of a stopped run usually do not), otherwise the fine one.
    /// </summary>
    public static SmfTimeBase TimeBaseFor(IReadOnlyList<NoteEvent> messages, FrameRate? rate)
    {
        var grid = rate is { } r ? SmfTimeBase.ForFrameRate(r) : SmfTimeBase.Fine;
        return messages.All(m => grid.IsExact(m.Time)) ? grid : SmfTimeBase.Fine;
    }

    public static void Write(AtomicOutputFile file, IReadOnlyList<NoteEvent> messages, FrameRate? rate, string name)
    {
        SmfWriter.Write(file.Stream, TimeBaseFor(messages, rate), messages, new SmfWriteOptions { SequenceName = name });
        file.Commit();
    }
}
