namespace Pix2Midi.Core.Mapping;

/// <summary>Polyphony, notes per second and thinning.</summary>
public sealed partial class MappingEngine
{
    /// <summary>
    /// Whether a region's note (its chord, counted note by note; an arpeggio, counted as one voice)
    /// may start now under the mapping's limits and thinning: all of it or none.
    /// </summary>
    private bool Allowed(long now, int index, MappedRegion region, int note)
    {
        var limits = Mapping.Limits;
        if (limits.Thinning > 0 && Chance(limits.Seed, now, _nameHashes[index]) < limits.Thinning)
        {
            return false;
        }

        var newKeys = NewKeys(region, note);
        if (newKeys == 0)
        {
            // Joining keys that are already sounding starts no new note.
            return true;
        }

        if (limits.Polyphony is { } polyphony && SoundingNotes + newKeys > polyphony)
        {
            return false;
        }

        if (_recentOns.Length > 0)
        {
            if (newKeys > _recentOns.Length)
            {
                return false;
            }

            // The newKeys-th most recent of the last N note-ons must be at least a second ago.
            if (_recentCount + newKeys > _recentOns.Length)
            {
                var oldest = _recentOns[(_recentNext + newKeys - 1) % _recentOns.Length];
                if (now - oldest < TimeSpan.TicksPerSecond)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>How many keys starting the region's note would add: its chord's notes not already sounding; one for an arpeggio.</summary>
    private int NewKeys(MappedRegion region, int note)
    {
        if (region.Arpeggio is not null)
        {
            return 1;
        }

        if (region.Chord is not { } chord)
        {
            return _holders[Key(region.Channel, note)] > 0 ? 0 : 1;
        }

        Span<int> notes = stackalloc int[Music.ChordShape.MaxNotes];
        var newKeys = 0;
        foreach (var n in notes[..chord.NotesOn(note, region.Scale, notes)])
        {
            newKeys += _holders[Key(region.Channel, n)] > 0 ? 0 : 1;
        }

        return newKeys;
    }

    /// <summary>A number in [0, 1) that depends only on the seed, the frame's time and the region's name.</summary>
    internal static double Chance(int seed, long ticks, ulong nameHash)
    {
        var x = Mix(((ulong)(uint)seed << 32) ^ 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ (ulong)ticks);
        x = Mix(x ^ nameHash);
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>FNV-1a over the name's UTF-16 code units: stable across runs and machines, unlike <see cref="string.GetHashCode()"/>.</summary>
    internal static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        // SplitMix64's finaliser.
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
