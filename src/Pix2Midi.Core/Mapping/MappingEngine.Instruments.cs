using Pix2Midi.Core.Events;

namespace Pix2Midi.Core.Mapping;

/// <summary>The mapping's instruments: program changes ahead of the first frame's notes, and again when a reload changes them.</summary>
public sealed partial class MappingEngine
{
    /// <summary>The program chosen for each channel (index 0 = channel 1), where <see cref="_chosen"/> has its bit.</summary>
    private readonly byte[] _programs = new byte[16];

    /// <summary>Channels with an instrument, bit 0 = channel 1.</summary>
    private int _chosen;

    /// <summary>Channels whose program change the next <see cref="Process"/> sends first, bit 0 = channel 1.</summary>
    private int _pendingPrograms;

    /// <summary>
    /// Takes <paramref name="mapping"/>'s instruments and returns the channels whose program is
    /// new: every one for a new engine, for a reload those added or changed.
    /// </summary>
    private int ChooseInstruments(Mapping mapping)
    {
        var changed = 0;
        var chosen = 0;
        foreach (var instrument in mapping.Instruments)
        {
            var channel = instrument.Channel - 1;
            var bit = 1 << channel;
            if ((_chosen & bit) == 0 || _programs[channel] != instrument.Program)
            {
                changed |= bit;
            }

            _programs[channel] = (byte)instrument.Program;
            chosen |= bit;
        }

        _chosen = chosen;
        return changed;
    }

    /// <summary>Writes the pending program changes, in channel order, and forgets them.</summary>
    private int SendPrograms(TimeSpan time, Span<NoteEvent> output)
    {
        var count = 0;
        for (var channel = 0; channel < _programs.Length; channel++)
        {
            if ((_pendingPrograms & (1 << channel)) != 0)
            {
                output[count++] = NoteEvent.ProgramChange(time, channel, _programs[channel]);
            }
        }

        _pendingPrograms = 0;
        return count;
    }
}
