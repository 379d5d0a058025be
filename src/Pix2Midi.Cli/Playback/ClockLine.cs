using System.Globalization;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Playback;

/// <summary>The one line <c>run --clock</c> and <c>live --clock</c> write about the MIDI clock before playing.</summary>
internal static class ClockLine
{
    /// <summary>Which ports get the clock and at what tempo; or, with none that carries it, that none does (not an error: the run plays on).</summary>
    public static string Describe(IEnumerable<IMidiOutput> outputs, MusicalTime tempo, bool live)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(tempo);
        var ports = outputs.Where(o => o.ReceivesClock).Select(o => o.Port.QualifiedName).ToList();
        if (ports.Count == 0)
        {
            return "--clock: no MIDI port is playing, so nothing gets the MIDI clock (the built-in synthesizer, the console and --record do not take it); pass --port NAME or --virtual for a DAW to follow.";
        }

        var from = live ? "from the next beat" : "from the start of the video";
        return string.Create(CultureInfo.InvariantCulture, $"MIDI clock at {tempo.BeatsPerMinute:0.##} BPM (24 pulses a quarter note) to {string.Join(", ", ports)}: Start {from}, Stop at the end.");
    }
}
