using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Alsa;

namespace Pix2Midi.Midi.Tests.Backends.Alsa;

/// <summary>A stand-in for the sequencer: takes events while <see cref="Full"/> is false, refuses them with <see cref="Refusal"/> while it is true.</summary>
internal sealed class ScriptedSequencer : IAlsaEventWriter
{
    public bool Full { get; set; }

    public int Refusal { get; set; } = AlsaDelivery.Again;

    /// <summary>Events refused even when there is room (null: none).</summary>
    public Func<NoteEvent, bool>? Refuses { get; set; }

    /// <summary>While full, becomes free again after refusing this many more events (null: never by itself).</summary>
    public int? FreeAfter { get; set; }

    /// <summary>What the receiver got, in order.</summary>
    public List<NoteEvent> Received { get; } = new(1024);

    public int Attempts { get; private set; }

    public int Write(NoteEvent message)
    {
        Attempts++;
        if (Full)
        {
            if (FreeAfter is { } refusals)
            {
                FreeAfter = refusals - 1;
                if (refusals <= 1)
                {
                    Full = false;
                    FreeAfter = null;
                }
            }

            return Refusal;
        }

        if (Refuses?.Invoke(message) == true)
        {
            return Refusal;
        }

        Received.Add(message);
        return 28;
    }
}
