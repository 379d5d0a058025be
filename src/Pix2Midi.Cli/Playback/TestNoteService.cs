using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Cli.Playback;

/// <summary><c>pix2midi test-note</c>: plays one note for half a second, and says what to check if nothing is heard.</summary>
internal sealed class TestNoteService(TextWriter output, TextWriter error, Func<IReadOnlyList<IMidiBackend>> backends, Func<IPreciseWaiter> waiter)
{
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(0.5);

    public int Run(IReadOnlyList<string> ports, string? virtualName, int channel, int note, CancellationToken cancellationToken)
    {
        try
        {
            var choice = PortSelector.Choose(backends(), ports, virtualName);
            using var outputs = OpenedOutputs.Open(choice, output);
            if (choice.Note is not null)
            {
                output.WriteLine(choice.Note);
            }

            var on = NoteEvent.NoteOn(TimeSpan.Zero, channel - 1, note, 100);
            var off = NoteEvent.NoteOff(Length, channel - 1, note);
            var lead = (long)(outputs.Outputs.Max(o => o.Lookahead).TotalSeconds * Stopwatch.Frequency);
            var start = Stopwatch.GetTimestamp() + lead;
            var end = start + (long)(Length.TotalSeconds * Stopwatch.Frequency);
            foreach (var o in outputs.Outputs)
            {
                o.Send(on, start);
            }

            var pacing = waiter();
            bool finished;
            using (pacing as IDisposable)
            {
                finished = pacing.WaitUntil(end - lead, cancellationToken);
            }

            foreach (var o in outputs.Outputs)
            {
                o.Send(off, finished ? end : Stopwatch.GetTimestamp());
                o.Drain(TimeSpan.FromSeconds(1));
            }

            var names = string.Join(", ", outputs.Outputs.Select(o => o.Port.QualifiedName));
            output.WriteLine($"Sent {NoteName.Format(note)} (note {note}, velocity 100) on channel {channel} for {Length.TotalSeconds:0.0} s to {names}.");
            if (!outputs.IsConsole)
            {
                output.WriteLine("No sound? Check that: the receiving program has this port switched on as a MIDI input (in Ableton Live: Preferences → Link, Tempo & MIDI → Track); a track is armed, or its Monitor is on Auto or In, with MIDI From set to this port and channel; an instrument is loaded on that track; and its volume and your speakers are up.");
            }

            return finished ? ExitCodes.Success : ExitCodes.Interrupted;
        }
        catch (MidiOutputException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
    }
}
