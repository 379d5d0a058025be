using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using Pix2Midi.SoundFonts;
using Pix2Midi.SoundFonts.Drums;
using Pix2Midi.SoundFonts.GeneralMidi;

namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// The bundled SoundFont, soundfonts/pix2midi.sf2: it is exactly what tools/Pix2Midi.SoundFonts
/// makes today, its structure is sound, and the real FluidSynth loads it and plays in tune at sane
/// levels.
/// </summary>
[Collection(SoundCollection.Name)]
public sealed partial class BundledSoundFontTests
{
    private const int RenderRate = 48000;

    private static string CommittedFont => Path.Combine(RepoPaths.Root, "soundfonts", Pix2MidiSoundFont.FileName);

    [Fact]
    public void The_committed_font_is_what_the_generator_makes_now()
    {
        using var temp = new TempDirectory();
        var made = temp.File("made/pix2midi.sf2");

        var code = SoundFonts.Program.Main(["-o", made]);

        Assert.Equal(0, code);
        var expected = File.ReadAllBytes(made);
        var committed = File.ReadAllBytes(CommittedFont);
        Assert.True(
            expected.AsSpan().SequenceEqual(committed),
            $"soundfonts/pix2midi.sf2 ({committed.Length} bytes) differs from what the generator makes ({expected.Length} bytes): run 'dotnet run --project tools/Pix2Midi.SoundFonts' and commit the file.");
    }

    [Fact]
    public void It_is_small()
    {
        var length = new FileInfo(CommittedFont).Length;

        Assert.InRange(length, 200_000, 1_500_000);
    }

    [Fact]
    public void Every_General_MIDI_program_has_a_preset_and_every_GM_kit_number_plays_the_standard_kit()
    {
        var presets = Presets(File.ReadAllBytes(CommittedFont));

        var melodic = presets.Where(p => p.Bank == 0).OrderBy(p => p.Program).ToArray();
        Assert.Equal(Enumerable.Range(0, 128), melodic.Select(p => p.Program));
        Assert.Equal(GeneralMidiPrograms.All.Select(p => p.Name), melodic.Select(p => p.Name));
        Assert.All(presets, p => Assert.InRange(p.Name.Length, 1, 19));
        var kits = presets.Where(p => p.Bank == 128).OrderBy(p => p.Program).ToArray();
        Assert.Equal([0, 8, 16, 24, 25, 32, 40, 48], kits.Select(p => p.Program));
        Assert.Equal("Standard Kit", kits[0].Name);
        Assert.Equal(136, presets.Count);
    }

    [Fact]
    public void The_kit_covers_every_GM_drum_key_and_the_hi_hats_choke_each_other()
    {
        Assert.Equal(Enumerable.Range(35, 47), DrumKit.Hits.Select(h => h.Key));
        var hats = DrumKit.Hits.Where(h => h.Key is 42 or 44 or 46).Select(h => h.ExclusiveClass).Distinct().ToArray();
        Assert.Single(hats);
        Assert.NotEqual(0, hats[0]);
    }

    [Fact]
    public void Every_sample_has_its_zero_points_and_every_loop_is_long_and_seamless()
    {
        var file = File.ReadAllBytes(CommittedFont);
        var points = Chunk(file, "smpl");
        var headers = Chunk(file, "shdr");
        var count = (headers.Length / 46) - 1;
        var previousEnd = 0;
        var loops = 0;
        for (var i = 0; i < count; i++)
        {
            var h = headers.Slice(i * 46, 46);
            var name = Encoding.ASCII.GetString(h[..20]).TrimEnd('\0');
            var start = (int)BinaryPrimitives.ReadUInt32LittleEndian(h[20..]);
            var end = (int)BinaryPrimitives.ReadUInt32LittleEndian(h[24..]);
            var loopStart = (int)BinaryPrimitives.ReadUInt32LittleEndian(h[28..]);
            var loopEnd = (int)BinaryPrimitives.ReadUInt32LittleEndian(h[32..]);
            Assert.Equal(32000u, BinaryPrimitives.ReadUInt32LittleEndian(h[36..]));
            Assert.True(start >= previousEnd, $"{name} overlaps the sample before it");
            Assert.True(loopStart >= start + 8 && loopEnd <= end - 8 && loopEnd - loopStart >= 32, $"{name}: loop {loopStart}-{loopEnd} in {start}-{end}");
            for (var p = end; p < end + 46; p++)
            {
                Assert.True(Point(points, p) == 0, $"{name}: point {p - end} after its end is not zero");
            }

            // A real loop (not the placeholder of a one-shot): the points after its end repeat its start.
            if (loopStart != start + 8 || loopEnd != end - 8)
            {
                loops++;
                for (var k = 0; k < 8; k++)
                {
                    Assert.True(Point(points, loopEnd + k) == Point(points, loopStart + k), $"{name}: the loop is not seamless at +{k}");
                }
            }

            previousEnd = end + 46;
        }

        Assert.True(loops >= 30, $"only {loops} looped samples");
        Assert.Equal(points.Length / 2, previousEnd);
    }

    [ToolFact("fluidsynth")]
    public void Fluidsynth_loads_it_without_a_complaint_and_lists_every_preset()
    {
        using var temp = new TempDirectory();
        var commands = temp.File("commands.txt");
        File.WriteAllText(commands, "inst 1\nquit\n");

        var result = ExternalTool.Run("fluidsynth", ["-n", "-i", "-a", "file", "-o", "audio.file.name=" + temp.File("idle.wav"), "-f", commands, CommittedFont]);

        Assert.Equal(0, result.ExitCode);
        var all = result.StandardOutput + result.StandardError;
        Assert.DoesNotContain("error", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("warning", all, StringComparison.OrdinalIgnoreCase);
        var listed = result.StandardOutput.Split('\n').Select(l => PresetLine().Match(l)).Where(m => m.Success).ToArray();
        Assert.Equal(128, listed.Count(m => m.Groups[1].Value == "000"));
        Assert.Contains(listed, m => m.Value.StartsWith("128-000 Standard Kit", StringComparison.Ordinal));
        Assert.Equal(8, listed.Count(m => m.Groups[1].Value == "128"));
    }

    [ToolTheory("fluidsynth")]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(24)]
    [InlineData(33)]
    [InlineData(48)]
    [InlineData(56)]
    [InlineData(81)]
    [InlineData(89)]
    public void Eight_notes_on_a_melodic_channel_sound_loud_enough_without_clipping(int program)
    {
        using var temp = new TempDirectory();
        var bass = program is >= 32 and < 40 ? -24 : 0;
        var events = new List<MidiEvent> { new(0, 0xC0, (byte)program, 0) };
        foreach (var key in (int[])[57, 60, 64, 67, 69, 72, 76, 79])
        {
            events.Add(new(0, 0x90, (byte)(key + bass), 100));
            events.Add(new(2000, 0x80, (byte)(key + bass), 0));
        }

        var left = Render(temp, events);

        Assert.InRange(Peak(left, 0, left.Length), 0.1, 0.9);
    }

    [ToolFact("fluidsynth")]
    public void Eight_drums_at_once_on_channel_10_sound_loud_enough_without_clipping()
    {
        using var temp = new TempDirectory();
        var events = new List<MidiEvent>();
        foreach (var key in (int[])[36, 38, 42, 46, 49, 51, 45, 39])
        {
            events.Add(new(0, 0x99, (byte)key, 100));
            events.Add(new(100, 0x89, (byte)key, 0));
        }

        var left = Render(temp, events);

        Assert.InRange(Peak(left, 0, left.Length), 0.1, 0.9);
    }

    [ToolFact("fluidsynth")]
    public void Every_drum_key_from_35_to_81_sounds()
    {
        using var temp = new TempDirectory();
        const int spacingMs = 300;
        var events = new List<MidiEvent>();
        for (var key = 35; key <= 81; key++)
        {
            events.Add(new((key - 35) * spacingMs, 0x99, (byte)key, 100));
            events.Add(new(((key - 35) * spacingMs) + 100, 0x89, (byte)key, 0));
        }

        // Dry, so that one hit's reverb does not stand in for a silent next key.
        var left = Render(temp, events, dry: true);

        var silent = new List<int>();
        for (var key = 35; key <= 81; key++)
        {
            var start = (key - 35) * spacingMs * RenderRate / 1000;
            // The first 60 ms of each slot: the previous hit has had 240 ms to fade or be choked.
            if (Peak(left, start, start + (RenderRate * 60 / 1000)) < 0.01)
            {
                silent.Add(key);
            }
        }

        Assert.Empty(silent);
    }

    [ToolTheory("fluidsynth")]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(81)]
    [InlineData(89)]
    public void Key_69_sounds_at_440_Hz(int program)
    {
        using var temp = new TempDirectory();
        MidiEvent[] events = [new(0, 0xC0, (byte)program, 0), new(0, 0x90, 69, 100), new(2000, 0x80, 69, 0)];

        var left = Render(temp, events, dry: true);

        var hertz = StrongestFrequency(left, RenderRate / 2, RenderRate, 300, 600);
        Assert.InRange(hertz, 440 * 0.99, 440 * 1.01);
    }

    [ToolFact("fluidsynth")]
    public void Controller_74_closes_the_filter_below_its_reset_value_of_64()
    {
        using var temp = new TempDirectory();
        double Brightness(byte? cc74)
        {
            var events = new List<MidiEvent> { new(0, 0xC0, 81, 0), new(0, 0x90, 60, 100), new(1500, 0x80, 60, 0) };
            if (cc74 is { } value)
            {
                events.Insert(1, new(0, 0xB0, 74, value));
            }

            var left = Render(temp, events, dry: true);
            return Steepness(left, RenderRate / 4, RenderRate);
        }

        var reset = Brightness(null);
        var middle = Brightness(64);
        var closed = Brightness(20);

        Assert.Equal(reset, middle, 3);
        Assert.True(closed < reset * 0.7, $"CC 74 = 20 left the sound as bright ({closed:0.000}) as at 64 ({reset:0.000})");
    }

    [GeneratedRegex(@"^(\d{3})-(\d{3}) (.+)$")]
    private static partial Regex PresetLine();

    /// <summary>One channel message at a time in milliseconds.</summary>
    private readonly record struct MidiEvent(int Milliseconds, byte Status, byte Data1, byte Data2);

    /// <summary>Renders <paramref name="events"/> with the fluidsynth program (gain 0.2) and returns the left channel, −1…1.</summary>
    private static float[] Render(TempDirectory temp, IReadOnlyList<MidiEvent> events, bool dry = false)
    {
        var midi = temp.File("song.mid");
        var wav = temp.File("song.wav");
        File.WriteAllBytes(midi, MidiFile(events));
        string[] effects = dry ? ["-R", "0", "-C", "0"] : [];
        var result = ExternalTool.Run("fluidsynth", ["-ni", "-q", "-g", "0.2", "-r", RenderRate.ToString(System.Globalization.CultureInfo.InvariantCulture), .. effects, "-F", wav, CommittedFont, midi]);
        result.EnsureSuccess("fluidsynth");
        Assert.DoesNotContain("error", result.StandardError, StringComparison.OrdinalIgnoreCase);
        return LeftChannel(File.ReadAllBytes(wav));
    }

    /// <summary>A format-0 MIDI file at 500 ticks per quarter and 120 BPM: one tick is one millisecond.</summary>
    private static byte[] MidiFile(IReadOnlyList<MidiEvent> events)
    {
        var track = new List<byte> { 0x00, 0xFF, 0x51, 0x03, 0x07, 0xA1, 0x20 };
        var now = 0;
        foreach (var e in events.OrderBy(e => e.Milliseconds))
        {
            var delta = e.Milliseconds - now;
            now = e.Milliseconds;
            var bytes = new List<byte> { (byte)(delta & 0x7F) };
            for (delta >>= 7; delta > 0; delta >>= 7)
            {
                bytes.Insert(0, (byte)(0x80 | (delta & 0x7F)));
            }

            track.AddRange(bytes);
            track.Add(e.Status);
            track.Add(e.Data1);
            if ((e.Status & 0xF0) is not (0xC0 or 0xD0))
            {
                track.Add(e.Data2);
            }
        }

        track.AddRange([0x00, 0xFF, 0x2F, 0x00]);
        var file = new byte[14 + 8 + track.Count];
        "MThd"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(4), 6);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), 1);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(12), 500);
        "MTrk"u8.CopyTo(file.AsSpan(14));
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(18), (uint)track.Count);
        track.CopyTo(file, 22);
        return file;
    }

    /// <summary>The left channel of a 16-bit PCM WAV file.</summary>
    private static float[] LeftChannel(byte[] wav)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        var channels = 0;
        for (var offset = 12; offset + 8 <= wav.Length;)
        {
            var id = Encoding.ASCII.GetString(wav, offset, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(offset + 4));
            var body = wav.AsSpan(offset + 8, Math.Min(size, wav.Length - offset - 8));
            if (id == "fmt ")
            {
                channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                Assert.Equal(RenderRate, (int)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]));
                Assert.Equal(16, BinaryPrimitives.ReadUInt16LittleEndian(body[14..]));
            }
            else if (id == "data")
            {
                Assert.True(channels > 0, "no fmt chunk before the data");
                var frames = body.Length / (2 * channels);
                var left = new float[frames];
                for (var i = 0; i < frames; i++)
                {
                    left[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 2 * channels)..]) / 32768f;
                }

                return left;
            }

            offset += 8 + size + (size & 1);
        }

        throw new InvalidDataException("no data chunk in the WAV file");
    }

    private static double Peak(float[] samples, int from, int to)
    {
        var peak = 0.0;
        for (var i = Math.Max(0, from); i < Math.Min(to, samples.Length); i++)
        {
            peak = Math.Max(peak, Math.Abs(samples[i]));
        }

        return peak;
    }

    /// <summary>RMS of the first difference over RMS of the signal: higher for brighter sounds.</summary>
    private static double Steepness(float[] samples, int from, int to)
    {
        double level = 0, slope = 0;
        for (var i = from; i < to; i++)
        {
            level += samples[i] * samples[i];
            var d = samples[i] - samples[i - 1];
            slope += d * d;
        }

        return Math.Sqrt(slope / level);
    }

    /// <summary>The frequency between <paramref name="low"/> and <paramref name="high"/> Hz with the most energy (Goertzel, 1 Hz then 0.05 Hz steps).</summary>
    private static double StrongestFrequency(float[] samples, int from, int to, double low, double high)
    {
        double Power(double hertz)
        {
            var coefficient = 2 * Math.Cos(2 * Math.PI * hertz / RenderRate);
            double s1 = 0, s2 = 0;
            for (var i = from; i < to; i++)
            {
                var s0 = samples[i] + (coefficient * s1) - s2;
                s2 = s1;
                s1 = s0;
            }

            return (s1 * s1) + (s2 * s2) - (coefficient * s1 * s2);
        }

        var best = low;
        for (var f = low; f <= high; f += 1)
        {
            best = Power(f) > Power(best) ? f : best;
        }

        var fine = best;
        for (var f = best - 1; f <= best + 1; f += 0.05)
        {
            fine = Power(f) > Power(fine) ? f : fine;
        }

        return fine;
    }

    /// <summary>The body of chunk <paramref name="id"/>, found by walking RIFF 'sfbk' and its LIST chunks.</summary>
    private static ReadOnlySpan<byte> Chunk(byte[] file, string id)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(file, 0, 4));
        Assert.Equal("sfbk", Encoding.ASCII.GetString(file, 8, 4));
        var end = 8 + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));
        Assert.Equal(file.Length, end);
        for (var list = 12; list + 12 <= end;)
        {
            Assert.Equal("LIST", Encoding.ASCII.GetString(file, list, 4));
            var listEnd = list + 8 + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(list + 4));
            for (var chunk = list + 12; chunk + 8 <= listEnd;)
            {
                var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(chunk + 4));
                if (Encoding.ASCII.GetString(file, chunk, 4) == id)
                {
                    return file.AsSpan(chunk + 8, size);
                }

                chunk += 8 + size + (size & 1);
            }

            list = listEnd + (listEnd & 1);
        }

        throw new InvalidDataException($"no {id} chunk");
    }

    private static short Point(ReadOnlySpan<byte> points, int index) => BinaryPrimitives.ReadInt16LittleEndian(points[(index * 2)..]);

    private static List<(string Name, int Bank, int Program)> Presets(byte[] file)
    {
        var phdr = Chunk(file, "phdr");
        var presets = new List<(string, int, int)>();
        for (var offset = 0; offset + 38 < phdr.Length; offset += 38)
        {
            var record = phdr.Slice(offset, 38);
            var name = Encoding.ASCII.GetString(record[..20]).TrimEnd('\0');
            presets.Add((name, BinaryPrimitives.ReadUInt16LittleEndian(record[22..]), BinaryPrimitives.ReadUInt16LittleEndian(record[20..])));
        }

        return presets;
    }
}
