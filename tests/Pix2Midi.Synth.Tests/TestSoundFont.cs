using System.Text;

namespace Pix2Midi.Synth.Tests;

/// <summary>
/// Writes a small SoundFont 2 for tests: preset 0:0 "Square Lead" and drum kit 128:0 "Square Kit",
/// both a looped square wave (440 Hz at key 69) with a 1 ms attack, full sustain and a 10 ms
/// release, so a note's first sample is sharp and its end is quick.
/// </summary>
internal static class TestSoundFont
{
    private const int SampleRate = 44000;
    private const int Points = 4400;
    private const ushort KeyRange = 43;
    private const ushort Instrument = 41;
    private const ushort SampleId = 53;
    private const ushort SampleModes = 54;
    private const ushort RootKey = 58;
    private const ushort Attack = 34;
    private const ushort Release = 38;

    /// <summary>Writes the font to <paramref name="path"/> and returns the path.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="ifilMajor">The version written in <c>ifil</c> (2; 3 to pose as SF3, 1 for a version FluidSynth refuses).</param>
    public static string Write(string path, ushort ifilMajor = 2)
    {
        File.WriteAllBytes(path, Build(ifilMajor));
        return path;
    }

    public static byte[] Build(ushort ifilMajor = 2)
    {
        var smpl = new MemoryStream();
        var sampleWriter = new BinaryWriter(smpl);
        for (var i = 0; i < Points; i++)
        {
            sampleWriter.Write((short)(i % 100 < 50 ? 12000 : -12000));
        }

        for (var i = 0; i < 46; i++)
        {
            sampleWriter.Write((short)0);
        }

        var shdr = Records(w =>
        {
            Name(w, "square");
            w.Write(0u);
            w.Write((uint)Points);
            w.Write(0u);
            w.Write((uint)Points);
            w.Write((uint)SampleRate);
            w.Write((byte)69);
            w.Write((sbyte)0);
            w.Write((ushort)0);
            w.Write((ushort)1);
        }, w =>
        {
            Name(w, "EOS");
            w.Write(new byte[26]);
        });

        // One instrument, one zone: key range, envelope, loop, root key, then the sample last.
        var igen = Records(w =>
        {
            Range(w, KeyRange, 0, 127);
            Gen(w, Attack, -11959);
            Gen(w, Release, -7973);
            Gen(w, SampleModes, 1);
            Gen(w, RootKey, 69);
            Gen(w, SampleId, 0);
        }, w => w.Write(0u));
        var inst = Records(w =>
        {
            Name(w, "Square");
            w.Write((ushort)0);
        }, w =>
        {
            Name(w, "EOI");
            w.Write((ushort)1);
        });
        var ibag = Records(w => { w.Write((ushort)0); w.Write((ushort)0); }, w => { w.Write((ushort)6); w.Write((ushort)0); });

        // Two presets, one zone each (key range, then the instrument last).
        var phdr = Records(w =>
        {
            Preset(w, "Square Lead", 0, 0, 0);
            Preset(w, "Square Kit", 0, 128, 1);
        }, w => Preset(w, "EOP", 0, 0, 2));
        var pbag = Records(w =>
        {
            w.Write((ushort)0);
            w.Write((ushort)0);
            w.Write((ushort)2);
            w.Write((ushort)0);
        }, w => { w.Write((ushort)4); w.Write((ushort)0); });
        var pgen = Records(w =>
        {
            Range(w, KeyRange, 0, 127);
            Gen(w, Instrument, 0);
            Range(w, KeyRange, 0, 127);
            Gen(w, Instrument, 0);
        }, w => w.Write(0u));
        var mod = new byte[10];

        var ifil = new byte[4];
        BitConverter.TryWriteBytes(ifil.AsSpan(0, 2), ifilMajor);
        BitConverter.TryWriteBytes(ifil.AsSpan(2, 2), (ushort)1);
        var info = List("INFO", Chunk("ifil", ifil), Chunk("isng", ZString("EMU8000")), Chunk("INAM", ZString("Pix2Midi Test Square")));
        var sdta = List("sdta", Chunk("smpl", smpl.ToArray()));
        var pdta = List("pdta", Chunk("phdr", phdr), Chunk("pbag", pbag), Chunk("pmod", mod), Chunk("pgen", pgen),
            Chunk("inst", inst), Chunk("ibag", ibag), Chunk("imod", mod), Chunk("igen", igen), Chunk("shdr", shdr));
        return Chunk("RIFF", [.. "sfbk"u8.ToArray(), .. info, .. sdta, .. pdta]);
    }

    private static byte[] Records(params Action<BinaryWriter>[] writers)
    {
        var stream = new MemoryStream();
        var writer = new BinaryWriter(stream);
        foreach (var write in writers)
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static void Preset(BinaryWriter w, string name, ushort program, ushort bank, ushort bag)
    {
        Name(w, name);
        w.Write(program);
        w.Write(bank);
        w.Write(bag);
        w.Write(0u);
        w.Write(0u);
        w.Write(0u);
    }

    private static void Name(BinaryWriter w, string name)
    {
        var bytes = new byte[20];
        Encoding.ASCII.GetBytes(name, bytes);
        w.Write(bytes);
    }

    private static void Gen(BinaryWriter w, ushort op, short amount)
    {
        w.Write(op);
        w.Write(amount);
    }

    private static void Range(BinaryWriter w, ushort op, byte low, byte high)
    {
        w.Write(op);
        w.Write(low);
        w.Write(high);
    }

    private static byte[] ZString(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        return bytes.Length % 2 == 0 ? bytes : [.. bytes, 0];
    }

    private static byte[] List(string type, params byte[][] chunks) => Chunk("LIST", [.. Encoding.ASCII.GetBytes(type), .. chunks.SelectMany(c => c)]);

    private static byte[] Chunk(string id, byte[] data)
    {
        var result = new List<byte>(8 + data.Length + 1);
        result.AddRange(Encoding.ASCII.GetBytes(id));
        result.AddRange(BitConverter.GetBytes((uint)data.Length));
        result.AddRange(data);
        if (data.Length % 2 == 1)
        {
            result.Add(0);
        }

        return [.. result];
    }
}
