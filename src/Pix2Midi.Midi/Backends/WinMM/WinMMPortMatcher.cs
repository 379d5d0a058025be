using System.Globalization;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>Finds a port again by its name when it is opened: WinMM indices change after a reboot or when a loopMIDI port is added.</summary>
internal static class WinMMPortMatcher
{
    /// <summary>The characters MIDIOUTCAPSW's szPname holds, its NUL included: a device name has at most 31.</summary>
    internal const int NameCapacity = 32;

    /// <summary>
    /// The index of the device called <paramref name="name"/> in <paramref name="devices"/>, or -1.
    /// </summary>
    /// <param name="devices">Device names by index, as enumerated now; null where a device could not be read.</param>
    /// <param name="name">The name listed earlier. WinMM keeps 31 characters, so a longer name is compared by its first 31.</param>
    /// <param name="id">The index listed earlier: chosen among several devices with the same name.</param>
    /// <remarks>An exact match wins over one that differs only in case.</remarks>
    public static int Find(IReadOnlyList<string?> devices, string name, string? id)
    {
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Length > NameCapacity - 1 ? name[..(NameCapacity - 1)] : name;
        var previous = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
        var found = Find(devices, wanted, previous, StringComparison.Ordinal);
        return found >= 0 ? found : Find(devices, wanted, previous, StringComparison.OrdinalIgnoreCase);
    }

    private static int Find(IReadOnlyList<string?> devices, string wanted, int previous, StringComparison comparison)
    {
        if (previous >= 0 && previous < devices.Count && string.Equals(devices[previous], wanted, comparison))
        {
            return previous;
        }

        for (var i = 0; i < devices.Count; i++)
        {
            if (string.Equals(devices[i], wanted, comparison))
            {
                return i;
            }
        }

        return -1;
    }
}
