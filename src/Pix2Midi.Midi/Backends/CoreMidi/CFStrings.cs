using System.Runtime.Versioning;
using System.Text;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.CoreFoundation;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>Managed strings to CFStrings and back.</summary>
[SupportedOSPlatform("macos")]
internal static class CFStrings
{
    /// <summary>A new CFString holding <paramref name="text"/>; the caller disposes it.</summary>
    /// <exception cref="MidiOutputException">CoreFoundation refused the string.</exception>
    public static unsafe SafeCFStringHandle Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = text.Replace('\0', ' ');
        var bytes = new byte[Encoding.UTF8.GetByteCount(clean) + 1];
        Encoding.UTF8.GetBytes(clean, bytes);
        SafeCFStringHandle result;
        fixed (byte* utf8 = bytes)
        {
            result = CFStringCreateWithCString(0, utf8, KCFStringEncodingUtf8);
        }

        if (result.IsInvalid)
        {
            result.Dispose();
            throw new MidiOutputException($"macOS could not make a name of “{text}”.");
        }

        return result;
    }

    /// <summary>The text of <paramref name="value"/>.</summary>
    public static unsafe string ToManaged(SafeCFStringHandle value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = CFStringGetLength(value);
        if (length <= 0)
        {
            return string.Empty;
        }

        var chars = new char[length];
        fixed (char* buffer = chars)
        {
            CFStringGetCharacters(value, new CFRange(0, length), buffer);
        }

        return new string(chars);
    }
}
