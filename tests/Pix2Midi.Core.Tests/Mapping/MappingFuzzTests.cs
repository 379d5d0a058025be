using System.Globalization;
using Xunit.Abstractions;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// Feeds the loader thousands of mutated shipped mappings (see <see cref="MappingMutator"/>):
/// never an exception but its own located one, never a message on more than one line, never
/// memory beyond a bound linear in the text.
/// </summary>
/// <remarks>
/// The suite runs a fixed seed, so it is the same run every time. For a longer run, or another
/// seed, or to replay one failing case:
/// <code>
/// PIX2MIDI_FUZZ_COUNT=1000000 PIX2MIDI_FUZZ_SEED=7 dotnet test tests/Pix2Midi.Core.Tests --filter MappingFuzzTests
/// PIX2MIDI_FUZZ_CASE=123456789 dotnet test tests/Pix2Midi.Core.Tests --filter MappingFuzzTests
/// </code>
/// </remarks>
public class MappingFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261124;
    private const int DefaultCount = 3000;

    [Fact]
    public void Every_mutation_of_the_shipped_mappings_loads_or_is_refused_with_located_one_line_problems()
    {
        if (Environment.GetEnvironmentVariable("PIX2MIDI_FUZZ_CASE") is { Length: > 0 } single)
        {
            var caseSeed = int.Parse(single, CultureInfo.InvariantCulture);
            var (seed, steps, input) = MappingFuzz.Case(caseSeed);
            output.WriteLine($"case {caseSeed} from {seed}: {string.Join("; ", steps)}");
            Assert.Null(MappingFuzz.Check(input));
            return;
        }

        var runSeed = Number("PIX2MIDI_FUZZ_SEED") ?? DefaultSeed;
        var count = Number("PIX2MIDI_FUZZ_COUNT") ?? DefaultCount;
        output.WriteLine($"run seed {runSeed}, {count} cases");
        using var log = new TestOutputWriter(output);

        var failures = MappingFuzz.Run(runSeed, count, log);

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void The_mutations_reach_both_outcomes_and_many_kinds_of_problem()
    {
        // A fuzzer whose every case fails on the first byte tests little: check the spread.
        var loaded = 0;
        var messages = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 400; i++)
        {
            var (_, _, input) = MappingFuzz.Case(MappingFuzz.CaseSeed(DefaultSeed, i));
            try
            {
                Core.Mapping.MappingLoader.Parse(MappingFuzz.Source, input);
                loaded++;
            }
            catch (Core.Mapping.MappingException e)
            {
                foreach (var problem in e.Problems)
                {
                    messages.Add(problem.Message.Length > 12 ? problem.Message[..12] : problem.Message);
                }
            }
        }

        output.WriteLine($"{loaded} of 400 loaded; {messages.Count} kinds of problem");
        Assert.InRange(loaded, 10, 300);
        Assert.True(messages.Count >= 30, string.Join("\n", messages));
    }

    private static int? Number(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>Progress lines into the test's output.</summary>
    private sealed class TestOutputWriter(ITestOutputHelper output) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value) => output.WriteLine(value ?? string.Empty);
    }
}
