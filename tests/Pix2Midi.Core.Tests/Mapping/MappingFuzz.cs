using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// The mapping fuzzer: mutates the shipped mappings and checks what the loader does with each
/// result. A case passes when the loader either returns a mapping that plays (a few frames through
/// a <see cref="FrameProcessor"/> without an exception) or throws <see cref="MappingException"/>
/// whose every problem prints as one line naming the file and a line:column or JSON path, and when
/// loading allocated no more than <see cref="AllocationBound"/> allows.
/// </summary>
internal static class MappingFuzz
{
    /// <summary>The name mutated texts are loaded under, as a user's file would be.</summary>
    public const string Source = "fuzzed.json";

    /// <summary>The most bytes loading may allocate for an input of <paramref name="length"/> bytes.</summary>
    /// <remarks>Linear in the input: no input may make the loader's memory grow faster than the text.</remarks>
    public static long AllocationBound(int length) => (64L * length) + (16L * 1024 * 1024);

    /// <summary>How long the last <see cref="Check"/> spent in the loader (reported, never asserted: speed lives in bench/).</summary>
    [ThreadStatic]
    public static TimeSpan LastLoad;

    /// <summary>The shipped mappings the mutations start from.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "mappings"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <summary>The seed of case <paramref name="index"/> of a run seeded <paramref name="runSeed"/>.</summary>
    public static int CaseSeed(int runSeed, int index) => HashCode.Combine(runSeed, index) & int.MaxValue;

    /// <summary>Builds case <paramref name="caseSeed"/>: the shipped mapping it starts from, the steps and the bytes.</summary>
    public static (string Seed, IReadOnlyList<string> Steps, byte[] Input) Case(int caseSeed)
    {
        var random = new Random(caseSeed);
        var (name, bytes) = Seeds[random.Next(Seeds.Count)];
        var mutator = new MappingMutator(random);
        return (name, mutator.Steps, mutator.Mutate(bytes));
    }

    /// <summary>Null when <paramref name="input"/> is handled well, else what went wrong.</summary>
    public static string? Check(byte[] input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        Core.Mapping.Mapping mapping;
        try
        {
            mapping = MappingLoader.Parse(Source, input);
        }
        catch (MappingException e)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            LastLoad = Stopwatch.GetElapsedTime(started);
            return Bounded(allocated, input.Length) ?? Problems(e, input);
        }
        catch (Exception e)
        {
            return $"the loader threw {e.GetType().Name} instead of a MappingException: {e}";
        }

        LastLoad = Stopwatch.GetElapsedTime(started);
        return Bounded(GC.GetAllocatedBytesForCurrentThread() - before, input.Length) ?? Plays(mapping);
    }

    /// <summary>Runs <paramref name="count"/> cases of the run seeded <paramref name="runSeed"/>; the failures, each with its seed and input.</summary>
    public static List<string> Run(int runSeed, int count, TextWriter? log = null)
    {
        var failures = new List<string>();
        var started = DateTime.UtcNow;
        var slowest = TimeSpan.Zero;
        var slowestCase = 0;
        for (var i = 0; i < count; i++)
        {
            var caseSeed = CaseSeed(runSeed, i);
            var (seed, steps, input) = Case(caseSeed);
            var failure = Check(input);
            if (LastLoad > slowest)
            {
                (slowest, slowestCase) = (LastLoad, caseSeed);
            }

            if (failure is not null)
            {
                failures.Add(Report(runSeed, i, caseSeed, seed, steps, input, failure));
                if (failures.Count >= 5)
                {
                    break;
                }
            }

            if (log is not null && (i + 1) % 10_000 == 0)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1:N0} cases, {failures.Count} failing, {(DateTime.UtcNow - started).TotalSeconds:0} s"));
            }
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest load: {slowest.TotalMilliseconds:0.0} ms (case {slowestCase})"));
        return failures;
    }

    private static string? Bounded(long allocated, int length) =>
        allocated <= AllocationBound(length)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"loading {length:N0} bytes allocated {allocated:N0} bytes, more than the bound of {AllocationBound(length):N0}");

    private static string? Problems(MappingException e, byte[] input)
    {
        if (e.Problems.Count == 0)
        {
            return "a MappingException with no problems";
        }

        var lines = input.AsSpan().Count((byte)'\n') + 1;
        foreach (var problem in e.Problems)
        {
            var text = problem.ToString();
            if (text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
            {
                return $"a problem that is not one clean line: {MappingMutator.Show(text)}";
            }

            if (!text.StartsWith(Source + ": ", StringComparison.Ordinal) && !text.StartsWith(Source + ":" + problem.Line.ToString(CultureInfo.InvariantCulture) + ":", StringComparison.Ordinal))
            {
                return $"a problem that does not start with the file's name: {MappingMutator.Show(text)}";
            }

            if (text.Length > 1000)
            {
                return $"a problem of {text.Length} characters: {MappingMutator.Show(text)}";
            }

            if (problem.Line == 0)
            {
                if (problem.Path.Length > 0 || !(problem.Message.StartsWith("the file ", StringComparison.Ordinal) || problem.Message.StartsWith("the text is", StringComparison.Ordinal)))
                {
                    return $"a problem with no line that is not about the whole file: {MappingMutator.Show(text)}";
                }
            }
            else if (problem.Line < 0 || problem.Line > lines || problem.Column < 1)
            {
                return $"a problem at {problem.Line}:{problem.Column}, outside the text's {lines} lines: {MappingMutator.Show(text)}";
            }
        }

        return null;
    }

    private static string? Plays(Core.Mapping.Mapping mapping)
    {
        try
        {
            var processor = new FrameProcessor(mapping, 32, 18);
            var buffer = new NoteEvent[processor.MaxEventsPerFrame];
            var plane = new byte[32 * 18];
            for (var frame = 0; frame < 6; frame++)
            {
                plane.AsSpan().Fill((byte)(frame * 50));
                var count = processor.Process(new VideoFrame(new LumaPlane(32, 18, 32, plane), TimeSpan.FromMilliseconds(40 * frame), frame), buffer);
                if (count > buffer.Length)
                {
                    return $"a frame wrote {count} events into room for {buffer.Length}";
                }
            }

            processor.ReleaseAll(TimeSpan.FromMilliseconds(240), buffer);
            return processor.SoundingNotes == 0 ? null : "notes still sounding after ReleaseAll";
        }
        catch (Exception e)
        {
            return $"a mapping that loaded failed to play: {e}";
        }
    }

    private static string Report(int runSeed, int index, int caseSeed, string seed, IReadOnlyList<string> steps, byte[] input, string failure)
    {
        var file = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"pix2midi-fuzz-{caseSeed}.json"));
        File.WriteAllBytes(file, input);
        var text = Encoding.UTF8.GetString(input);
        return string.Create(CultureInfo.InvariantCulture, $"""
            case {index} of run seed {runSeed} (case seed {caseSeed}; rerun alone: PIX2MIDI_FUZZ_CASE={caseSeed}), from {seed}:
              {string.Join("\n  ", steps)}
            failure: {failure}
            input ({input.Length:N0} bytes, saved as {file}):
            {(text.Length > 3000 ? text[..3000] + "…" : text)}
            """);
    }
}
