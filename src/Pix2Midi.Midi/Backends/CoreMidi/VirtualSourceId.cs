using System.Text;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>
/// The kMIDIPropertyUniqueID a virtual port gets: the same for the same name on every launch, so a
/// DAW that remembered its routing to "Pix2Midi" finds the port again.
/// </summary>
/// <remarks>
/// FNV-1a (32-bit) of "Pix2Midi:" and the name in UTF-8: stable across processes and runtimes,
/// unlike <see cref="string.GetHashCode()"/>. 0 (kMIDIInvalidUniqueID) is never used. When CoreMIDI
/// answers kMIDIIDNotUnique (another port has it), <see cref="Next"/> gives the value to try next.
/// </remarks>
internal static class VirtualSourceId
{
    /// <summary>How many IDs to try before leaving the one CoreMIDI picked.</summary>
    public const int MaxAttempts = 16;

    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;
    private const string Salt = "Pix2Midi:";

    /// <summary>The ID for a virtual port named <paramref name="name"/>.</summary>
    public static int For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = unchecked((int)Fnv1a(Encoding.UTF8.GetBytes(Salt + name)));
        return id == 0 ? 1 : id;
    }

    /// <summary>The ID to try after <paramref name="id"/> was taken.</summary>
    public static int Next(int id)
    {
        var next = unchecked(id + 1);
        return next == 0 ? 1 : next;
    }

    /// <summary>FNV-1a, 32-bit.</summary>
    public static uint Fnv1a(ReadOnlySpan<byte> data)
    {
        var hash = OffsetBasis;
        foreach (var b in data)
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }
}
