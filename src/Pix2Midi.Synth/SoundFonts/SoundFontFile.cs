using System.Buffers.Binary;
using System.Text;
using Pix2Midi.Synth.Native;

namespace Pix2Midi.Synth.SoundFonts;

/// <summary>
/// Checks a SoundFont path before FluidSynth sees it, so that each way it can be wrong gets its own
/// line: missing, a folder, not a SoundFont at all, a version FluidSynth does not load, or a kind
/// this FluidSynth was built without.
/// </summary>
public static class SoundFontFile
{
    /// <summary>How much of the file's start is read: the header and the INFO list fit in far less.</summary>
    private const int HeadLength = 16 * 1024;

    private const string Allowed = "give an .sf2 SoundFont (or an .sf3 one)";

    /// <summary>Checks that <paramref name="path"/> is a SoundFont this FluidSynth can load.</summary>
    /// <returns>What its header says.</returns>
    /// <exception cref="SynthException">It is not: one line naming the file, the problem and what is allowed.</exception>
    public static SoundFontHeader Check(string path)
    {
        var header = ReadHeader(path);
        FluidSynthLibrary.Require();
        if (Interop.FluidSynth.IsSoundFont(path) == 0)
        {
            throw new SynthException(header.Kind == SoundFontKind.Dls
                ? $"{path} is a DLS file, and this FluidSynth was built without DLS support (libinstpatch): {Allowed}"
                : $"{path} is not a SoundFont FluidSynth recognises: {Allowed}");
        }

        return header;
    }

    /// <summary>Reads and checks the header of <paramref name="path"/> without FluidSynth.</summary>
    /// <exception cref="SynthException">The file is missing, unreadable, not a SoundFont, or of a version FluidSynth does not load.</exception>
    public static SoundFontHeader ReadHeader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new SynthException($"{path} is a folder, not a SoundFont: {Allowed}");
        }

        if (!File.Exists(path))
        {
            throw new SynthException($"SoundFont {path} does not exist: {Allowed}");
        }

        byte[] head;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            head = new byte[(int)Math.Min(HeadLength, stream.Length)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SynthException($"SoundFont {path} cannot be read ({e.Message.TrimEnd('.')}): check its permissions, or {Allowed}", e);
        }

        var header = Parse(head) ?? throw new SynthException(NotSoundFont(path, head));
        if (header.Kind != SoundFontKind.Dls && header.Major is not (2 or 3))
        {
            throw new SynthException($"{path} is a SoundFont of version {header.Major}.{header.Minor}, which FluidSynth does not load: {Allowed}");
        }

        return header;
    }

    /// <summary>The line for a font FluidSynth failed to load, by its kind, with FluidSynth's reason.</summary>
    internal static string LoadFailed(string path, SoundFontHeader header, string reason) => header.Kind switch
    {
        SoundFontKind.Sf3 => $"{path} is an SF3 (compressed) SoundFont and FluidSynth could not load it ({reason}): SF3 (compressed) SoundFont needs a FluidSynth built with libsndfile; use an .sf2 SoundFont instead",
        SoundFontKind.Dls => $"{path} is a DLS file and FluidSynth could not load it ({reason}): {Allowed}",
        _ => $"SoundFont {path} could not be loaded ({reason}): it may be damaged; {Allowed}",
    };

    /// <summary>The header of a file that starts with <paramref name="head"/>, or null when it is no SoundFont.</summary>
    internal static SoundFontHeader? Parse(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12 || !head[..4].SequenceEqual("RIFF"u8))
        {
            return null;
        }

        var form = head.Slice(8, 4);
        if (form.SequenceEqual("DLS "u8))
        {
            return new SoundFontHeader(SoundFontKind.Dls, 0, 0, null);
        }

        if (!form.SequenceEqual("sfbk"u8))
        {
            return null;
        }

        // The first chunk must be LIST INFO holding ifil; INAM is read when it is there too.
        var body = head[12..];
        if (body.Length < 12 || !body[..4].SequenceEqual("LIST"u8) || !body.Slice(8, 4).SequenceEqual("INFO"u8))
        {
            return null;
        }

        var infoLength = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(body.Slice(4, 4)), (uint)(body.Length - 8));
        var info = body.Slice(12, Math.Max(0, infoLength - 4));
        int? major = null;
        var minor = 0;
        string? title = null;
        while (info.Length >= 8)
        {
            var id = info[..4];
            var size = BinaryPrimitives.ReadUInt32LittleEndian(info.Slice(4, 4));
            var data = info[8..];
            var length = (int)Math.Min(size, (uint)data.Length);
            if (id.SequenceEqual("ifil"u8) && length >= 4)
            {
                major = BinaryPrimitives.ReadUInt16LittleEndian(data);
                minor = BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
            }
            else if (id.SequenceEqual("INAM"u8))
            {
                var text = data[..length];
                var end = text.IndexOf((byte)0);
                title = Encoding.UTF8.GetString(end >= 0 ? text[..end] : text).Trim();
            }

            var advance = 8L + size + (size & 1);
            if (advance > info.Length)
            {
                break;
            }

            info = info[(int)advance..];
        }

        return major switch
        {
            2 => new SoundFontHeader(SoundFontKind.Sf2, 2, minor, string.IsNullOrEmpty(title) ? null : title),
            3 => new SoundFontHeader(SoundFontKind.Sf3, 3, minor, string.IsNullOrEmpty(title) ? null : title),
            null => null,
            _ => new SoundFontHeader(SoundFontKind.Sf2, major.Value, minor, title),
        };
    }

    private static string NotSoundFont(string path, ReadOnlySpan<byte> head)
    {
        if (Parse(head) is null && head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head.Slice(8, 4).SequenceEqual("sfbk"u8))
        {
            return $"{path} starts like a SoundFont but has no version (ifil) in its INFO list: it is damaged; {Allowed}";
        }

        return $"{path} is not a SoundFont (it does not start with RIFF 'sfbk'): {Allowed}";
    }
}
