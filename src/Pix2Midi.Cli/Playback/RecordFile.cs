using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Music;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Playback;

/// <summary>Writes what a run sent (<c>--record</c>) as a Standard MIDI File, at the video times it was meant for.</summary>
internal static class RecordFile
{
    /// <summary>
    /// The frame-exact time base of <paramref name="rate"/> when every message falls on it (the
    /// last note-offs of a stopped run usually do not), otherwise the fine one.
    /// </summary>
    /// <remarks>At the mapping's tempo, on the resolution <c>render</c> chooses for the same video and mapping.</remarks>
    public static SmfTimeBase TimeBaseFor(IReadOnlyList<NoteEvent> messages, FrameRate? rate, MusicalTime time)
    {
        var grid = SmfTimeBase.ForVideo(rate, time);
        return messages.All(m => grid.IsExact(m.Time)) ? grid : SmfTimeBase.FineAt(time);
    }

    public static void Write(AtomicOutputFile file, IReadOnlyList<NoteEvent> messages, FrameRate? rate, MusicalTime time, string name)
    {
        SmfWriter.Write(file.Stream, TimeBaseFor(messages, rate, time), messages, new SmfWriteOptions { SequenceName = name });
        file.Commit();
    }
}
