using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>Hands one event to the ALSA sequencer without waiting (<c>snd_seq_event_output_direct</c> on a non-blocking client).</summary>
internal interface IAlsaEventWriter
{
    /// <summary>Sends <paramref name="message"/> to the port's subscribers.</summary>
    /// <returns>Zero or more when the sequencer took it; a negative errno otherwise (<see cref="AlsaDelivery.Again"/>: not now).</returns>
    int Write(NoteEvent message);
}
