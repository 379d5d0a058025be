using System.Globalization;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Cli.Playback;

/// <summary>How the "Playing …" lines of <c>run</c> and <c>live</c> name a mapping's tempo and grid.</summary>
internal static class MusicalTimeText
{
    /// <summary>Nothing for a frame-exact mapping at 120 BPM (as before tempos); otherwise <c>" (100 BPM, quantised to 1/16)"</c>.</summary>
    public static string Describe(MusicalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.Quantizes || time.MicrosecondsPerQuarter != MusicalTime.Default.MicrosecondsPerQuarter
            ? string.Create(CultureInfo.InvariantCulture, $" ({time})")
            : string.Empty;
    }
}
