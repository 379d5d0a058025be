using Pix2Midi.Core.Events;

namespace Pix2Midi.Core.Mapping;

/// <summary>Hot reload: switching mappings between frames without stuck or cut-off notes.</summary>
public sealed partial class MappingEngine
{
    /// <summary>
    /// Switches to <paramref name="mapping"/> between two frames. A region of the new mapping with
    /// the name of an old one that plays the same way (<see cref="MappedRegion.PlaysLike"/>) keeps
    /// its state: a note it is sounding goes on sounding, its cooldown and minimum length still
    /// count, and its controller keeps its smoothed value if the controller is unchanged. Every
    /// other sounding note (its region changed or went away) stops, stamped <paramref name="time"/>.
    /// An instrument the new mapping adds or changes goes out as a program change first thing in
    /// the next <see cref="Process"/>; a channel whose instrument it drops keeps what it has.
    /// </summary>
    /// <param name="mapping">The new mapping.</param>
    /// <param name="time">When the switch happens: the next frame's time.</param>
    /// <param name="output">
    /// Where note-offs are written. At most <see cref="SoundingNotes"/> (as it was before the call)
    /// are written, which is never more than <see cref="MaxEventsPerFrame"/> before the call.
    /// </param>
    /// <returns>How many note-offs were written.</returns>
    /// <remarks>Allocates the new mapping's state: call it only when the mapping changes.</remarks>
    public int Replace(Mapping mapping, TimeSpan time, Span<NoteEvent> output)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var oldRegions = _regions;
        var oldState = _state;
        var byName = new Dictionary<string, int>(oldRegions.Length, StringComparer.Ordinal);
        for (var i = 0; i < oldRegions.Length; i++)
        {
            byName.TryAdd(oldRegions[i].Name, i);
        }

        var carried = new bool[oldRegions.Length];
        var newState = new RegionState[mapping.Regions.Length];
        for (var j = 0; j < newState.Length; j++)
        {
            var region = mapping.Regions[j];
            newState[j] = RegionState.Fresh;
            if (!byName.TryGetValue(region.Name, out var i) || carried[i] || !oldRegions[i].PlaysLike(region))
            {
                continue;
            }

            carried[i] = true;
            newState[j] = oldState[i];
            if (!Equals(oldRegions[i].Control, region.Control))
            {
                newState[j].HasControl = false;
                newState[j].LastControl = -1;
            }
        }

        var count = 0;
        for (var i = 0; i < oldRegions.Length; i++)
        {
            if (!carried[i] && oldState[i].Phase == Phase.Sounding)
            {
                count += ReleaseRegion(time, oldRegions[i], oldState[i].Note, output[count..]);
            }
        }

        Mapping = mapping;
        var recent = RecentOns();
        Build(mapping);
        _state = newState;
        var changed = ChooseInstruments(mapping);

        // Program changes not sent yet (no frame since the start) still go, where the channel keeps an instrument.
        _pendingPrograms = (_pendingPrograms & _chosen) | changed;
        foreach (var ticks in recent.TakeLast(_recentOns.Length))
        {
            _recentOns[_recentNext] = ticks;
            _recentNext = (_recentNext + 1) % _recentOns.Length;
            _recentCount = Math.Min(_recentCount + 1, _recentOns.Length);
        }

        return count;
    }

    /// <summary>Sizes everything per region for <paramref name="mapping"/>; states are set by the caller.</summary>
    private void Build(Mapping mapping)
    {
        _regions = [.. mapping.Regions];
        _state = new RegionState[_regions.Length];
        _pitchNotes = new int[_regions.Length][];
        _nameHashes = new ulong[_regions.Length];
        var events = 0;
        for (var i = 0; i < _regions.Length; i++)
        {
            var region = _regions[i];
            _pitchNotes[i] = region.Pitch?.Notes() ?? [];
            _nameHashes[i] = StableHash(region.Name);
            events += (region.PlaysNotes && region.Arpeggio is null ? 2 * (region.Chord?.Count ?? 1) : 0) + (region.Control is null ? 0 : 1);
        }

        MaxEventsPerFrame = Math.Max(1, events + mapping.Instruments.Length);
        _recentOns = new long[mapping.Limits.NotesPerSecond ?? 0];
        _recentNext = 0;
        _recentCount = 0;
    }

    private List<long> RecentOns()
    {
        var recent = new List<long>(_recentCount);
        for (var k = _recentCount; k > 0; k--)
        {
            recent.Add(_recentOns[(_recentNext - k + _recentOns.Length) % _recentOns.Length]);
        }

        return recent;
    }
}
