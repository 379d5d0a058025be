namespace Pix2Midi.Core.Mapping;

/// <summary>Polyphony, notes per second and thinning.</summary>
public sealed partial class MappingEngine
{
    /// <summary>Whether a note may start now under the mapping's limits and thinning.</summary>
    private bool Allowed(long now, int region, int channel, int note)
    {
        var limits = Mapping.Limits;
        if (limits.Thinning > 0 && Chance(limits.Seed, now, _nameHashes[region]) < limits.Thinning)
        {
            return false;
        }

        var sharesKey = _holders[Key(channel, note)] > 0;
        if (sharesKey)
        {
            // Joining a key that is already sounding starts no new note.
            return true;
        }

        if (limits.Polyphony is { } polyphony && SoundingNotes >= polyphony)
        {
            return false;
        }

        if (_recentOns.Length > 0 && _recentCount == _recentOns.Length)
        {
            // The oldest of the last N note-ons must be at least a second ago.
            var oldest = _recentOns[_recentNext];
            if (now - oldest < TimeSpan.TicksPerSecond)
            {
                return false;
            }
        }

        return true;
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
