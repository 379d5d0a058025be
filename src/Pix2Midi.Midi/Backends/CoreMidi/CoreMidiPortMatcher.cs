using System.Globalization;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>Finds a destination again when it is opened: endpoint refs are per process, so by unique ID and name.</summary>
internal static class CoreMidiPortMatcher
{
    /// <summary>The index of the destination meant by <paramref name="name"/> and <paramref name="id"/>, or -1.</summary>
    /// <param name="endpoints">The destinations now.</param>
    /// <param name="name">The name listed earlier.</param>
    /// <param name="id">The unique ID listed earlier (text), or null: picks among several destinations of the same name.</param>
    /// <remarks>Unique ID with the same name first, then the exact name, then the name in any case.</remarks>
    public static int Find(IReadOnlyList<CoreMidiEndpoint> endpoints, string name, string? id)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(name);
        if (int.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var uniqueId) && uniqueId != 0)
        {
            for (var i = 0; i < endpoints.Count; i++)
            {
                if (endpoints[i].UniqueId == uniqueId && endpoints[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        for (var i = 0; i < endpoints.Count; i++)
        {
            if (endpoints[i].Name.Equals(name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < endpoints.Count; i++)
        {
            if (endpoints[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
