using System.Buffers.Binary;
using System.Text;

namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>Writes a <see cref="SoundFontData"/> as SoundFont 2.01 RIFF bytes.</summary>
/// <remarks>
/// Layout: <c>RIFF 'sfbk'</c> holding <c>LIST INFO</c>, <c>LIST sdta</c> (one <c>smpl</c> chunk of
/// mono 16-bit little-endian points, each sample followed by 46 zero points) and <c>LIST pdta</c>
/// (phdr, pbag, pmod, pgen, inst, ibag, imod, igen, shdr, each closed by its terminal record).
/// The output depends only on the data: no dates, no machine names.
/// </remarks>
public static class SoundFontWriter
{
    /// <summary>Zero points written after every sample, the format's minimum.</summary>
    public const int ZeroPointsAfterSample = 46;

    private const int NameLength = 20;
    private const int SampleTypeMono = 1;

    /// <summary>Returns the whole file.</summary>
    /// <exception cref="ArgumentException">A name is too long or not ASCII, a zone points nowhere, or loop points are outside their sample.</exception>
    public static byte[] ToBytes(SoundFontData font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var info = List("INFO",
            Chunk("ifil", U16(2), U16(1)),
            Chunk("isng", ZeroTerminated("EMU8000")),
            Chunk("INAM", ZeroTerminated(font.Name)),
            Chunk("ICOP", ZeroTerminated(font.Copyright)),
            Chunk("ICMT", ZeroTerminated(font.Comment)),
            Chunk("ISFT", ZeroTerminated("Pix2Midi.SoundFonts")));
        var (smpl, starts) = SamplePoints(font.Samples);
        var sdta = List("sdta", Chunk("smpl", smpl));
        var pdta = List("pdta", HydraChunks(font, starts));
        var body = Concat(Encoding.ASCII.GetBytes("sfbk"), info, sdta, pdta);
        return Chunk("RIFF", body);
    }

    private static (byte[] Bytes, int[] Starts) SamplePoints(IReadOnlyList<SampleData> samples)
    {
        var total = samples.Sum(s => s.Points.Length + ZeroPointsAfterSample);
        var bytes = new byte[total * 2];
        var starts = new int[samples.Count];
        var point = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            if (sample.LoopStart < 0 || sample.LoopEnd > sample.Points.Length || sample.LoopStart >= sample.LoopEnd)
            {
                throw new ArgumentException($"sample '{sample.Name}' has loop {sample.LoopStart}-{sample.LoopEnd} outside its {sample.Points.Length} points");
            }

            starts[i] = point;
            foreach (var value in sample.Points)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(point * 2), value);
                point++;
            }

            point += ZeroPointsAfterSample;
        }

        return (bytes, starts);
    }

    private static byte[][] HydraChunks(SoundFontData font, int[] sampleStarts)
    {
        var phdr = new List<byte[]>();
        var pbag = new List<byte[]>();
        var pmod = new List<byte[]>();
        var pgen = new List<byte[]>();
        foreach (var preset in font.Presets)
        {
            phdr.Add(Concat(Name(preset.Name), U16(preset.Program), U16(preset.Bank), U16(pbag.Count), U32(0), U32(0), U32(0)));
            foreach (var zone in preset.Zones)
            {
                if (zone.Target < 0 || zone.Target >= font.Instruments.Count)
                {
                    throw new ArgumentException($"preset '{preset.Name}' plays instrument {zone.Target}, which does not exist");
                }

                pbag.Add(Concat(U16(pgen.Count), U16(pmod.Count)));
                pgen.AddRange(Ordered(zone, GeneratorType.Instrument));
                pmod.AddRange(zone.Modulators.Select(Record));
            }
        }

        phdr.Add(Concat(Name("EOP"), U16(0), U16(0), U16(pbag.Count), U32(0), U32(0), U32(0)));
        pbag.Add(Concat(U16(pgen.Count), U16(pmod.Count)));
        pgen.Add(new byte[4]);
        pmod.Add(new byte[10]);

        var inst = new List<byte[]>();
        var ibag = new List<byte[]>();
        var imod = new List<byte[]>();
        var igen = new List<byte[]>();
        foreach (var instrument in font.Instruments)
        {
            inst.Add(Concat(Name(instrument.Name), U16(ibag.Count)));
            foreach (var zone in instrument.Zones)
            {
                if (zone.Target < 0 || zone.Target >= font.Samples.Count)
                {
                    throw new ArgumentException($"instrument '{instrument.Name}' plays sample {zone.Target}, which does not exist");
                }

                ibag.Add(Concat(U16(igen.Count), U16(imod.Count)));
                igen.AddRange(Ordered(zone, GeneratorType.SampleId));
                imod.AddRange(zone.Modulators.Select(Record));
            }
        }

        inst.Add(Concat(Name("EOI"), U16(ibag.Count)));
        ibag.Add(Concat(U16(igen.Count), U16(imod.Count)));
        igen.Add(new byte[4]);
        imod.Add(new byte[10]);

        var shdr = new List<byte[]>();
        for (var i = 0; i < font.Samples.Count; i++)
        {
            var sample = font.Samples[i];
            var start = sampleStarts[i];
            shdr.Add(Concat(
                Name(sample.Name),
                U32(start),
                U32(start + sample.Points.Length),
                U32(start + sample.LoopStart),
                U32(start + sample.LoopEnd),
                U32(sample.SampleRate),
                [sample.OriginalKey, unchecked((byte)sample.PitchCorrection)],
                U16(0),
                U16(SampleTypeMono)));
        }

        shdr.Add(Concat(Name("EOS"), new byte[NameLength + 6]));

        return
        [
            Chunk("phdr", [.. phdr]),
            Chunk("pbag", [.. pbag]),
            Chunk("pmod", [.. pmod]),
            Chunk("pgen", [.. pgen]),
            Chunk("inst", [.. inst]),
            Chunk("ibag", [.. ibag]),
            Chunk("imod", [.. imod]),
            Chunk("igen", [.. igen]),
            Chunk("shdr", [.. shdr]),
        ];
    }

    /// <summary>The zone's generators in the order the format requires: key range, velocity range, the rest, the target.</summary>
    private static IEnumerable<byte[]> Ordered(Zone zone, GeneratorType target)
    {
        var ordered = zone.Generators.Where(g => g.Type == GeneratorType.KeyRange)
            .Concat(zone.Generators.Where(g => g.Type == GeneratorType.VelRange))
            .Concat(zone.Generators.Where(g => g.Type is not (GeneratorType.KeyRange or GeneratorType.VelRange)));
        foreach (var generator in ordered)
        {
            if (generator.Type is GeneratorType.Instrument or GeneratorType.SampleId)
            {
                throw new ArgumentException($"zone lists {generator.Type} among its generators; it is written from Zone.Target");
            }

            yield return Concat(U16((int)generator.Type), S16(generator.Amount));
        }

        yield return Concat(U16((int)target), U16(zone.Target));
    }

    /// <summary>A modulator record: source, destination, amount, amount source (none), transform (linear).</summary>
    private static byte[] Record(Modulator modulator) =>
        Concat(U16(modulator.Source), U16((int)modulator.Destination), S16(modulator.Amount), U16(0), U16(0));

    private static byte[] Name(string name)
    {
        if (name.Length >= NameLength || name.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException($"name '{name}' must be printable ASCII of at most {NameLength - 1} characters");
        }

        var bytes = new byte[NameLength];
        Encoding.ASCII.GetBytes(name, bytes);
        return bytes;
    }

    private static byte[] ZeroTerminated(string text)
    {
        var length = text.Length + 1;
        var bytes = new byte[length + (length & 1)];
        Encoding.ASCII.GetBytes(text, bytes);
        return bytes;
    }

    private static byte[] List(string type, params byte[][] chunks) => Chunk("LIST", Concat([Encoding.ASCII.GetBytes(type), .. chunks]));

    private static byte[] Chunk(string id, params byte[][] parts)
    {
        var data = Concat(parts);
        var padded = data.Length + (data.Length & 1);
        var bytes = new byte[8 + padded];
        Encoding.ASCII.GetBytes(id, bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)data.Length);
        data.CopyTo(bytes, 8);
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts)
    {
        var bytes = new byte[parts.Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(bytes, offset);
            offset += part.Length;
        }

        return bytes;
    }

    private static byte[] U16(int value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, checked((ushort)value));
        return bytes;
    }

    private static byte[] S16(short value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteInt16LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] U32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, checked((uint)value));
        return bytes;
    }
}
