using System.Text;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// A mapping from a stranger cannot make Pix2Midi use unbounded memory or time: every cap of
/// <see cref="MappingLimits"/> is refused with one located line, before the work it bounds.
/// </summary>
public class MappingLimitsTests
{
    private const string Region = """{ "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 }""";

    private static MappingProblem Single(string json) =>
        Assert.Single(Assert.Throws<MappingException>(() => MappingLoader.Parse("test.json", Encoding.UTF8.GetBytes(json))).Problems);

    private static IReadOnlyList<MappingProblem> Problems(string json) =>
        Assert.Throws<MappingException>(() => MappingLoader.Parse("test.json", Encoding.UTF8.GetBytes(json))).Problems;

    /// <summary>Bytes allocated on this thread while <paramref name="action"/> runs.</summary>
    private static long Allocated(Action action)
    {
        action(); // once to warm up the loader's one-time setup
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_file_over_1_MB_is_refused_from_its_size_without_reading_it()
    {
        using var temp = new TempDirectory();
        var path = temp.File("huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        }

        var allocated = Allocated(() => Assert.Throws<MappingException>(() => MappingLoader.Load(path)));

        Assert.Equal($"{path}: the file is 3,221,225,472 bytes; allowed: at most 1,048,576", Assert.Throws<MappingException>(() => MappingLoader.Load(path)).Message);
        Assert.InRange(allocated, 0, 64 * 1024);
    }

    [Fact]
    public void A_device_that_never_ends_is_read_no_further_than_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.True(OperatingSystem.IsWindows(), "/dev/zero exists on every Unix");
            return;
        }

        // /dev/zero says it is 0 bytes long and never ends: the read stops one byte past 1 MB.
        var allocated = Allocated(() => Assert.Throws<MappingException>(() => MappingLoader.Load("/dev/zero")));

        Assert.Equal("/dev/zero: the file is more than 1,048,576 bytes; allowed: at most 1,048,576", Assert.Throws<MappingException>(() => MappingLoader.Load("/dev/zero")).Message);
        Assert.InRange(allocated, 0, 4L * 1024 * 1024);
    }

    [Fact]
    public void Text_over_1_MB_is_refused()
    {
        var json = "{ \"description\": \"" + new string('a', MappingLimits.MaxFileBytes) + "\" }";

        Assert.Equal("test.json: the text is 1,048,597 bytes; allowed: at most 1,048,576", Single(json).ToString());
    }

    [Fact]
    public void Sixteen_levels_of_nesting_are_read_and_seventeen_refused_at_the_seventeenth_with_its_path()
    {
        string Nested(int levels) => "{ \"regions\": [" + Region + "], \"x\": " + new string('[', levels - 1) + new string(']', levels - 1) + " }";

        var sixteen = Problems(Nested(16));
        var seventeen = Single(Nested(17));

        // The root object is the first level, so the sixteenth "[" is the seventeenth level.
        var column = Nested(17).IndexOf(new string('[', 16), StringComparison.Ordinal) + 16;
        Assert.DoesNotContain(sixteen, p => p.Message.Contains("nested", StringComparison.Ordinal));
        Assert.Equal($"test.json:1:{column}: $.x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep; allowed: at most 16 levels of objects and lists (a mapping needs 4)", seventeen.ToString());
    }

    [Fact]
    public void A_list_of_more_than_4096_items_is_refused_before_its_items_are_read()
    {
        var notes = string.Join(",", Enumerable.Repeat("60", MappingLimits.MaxListItems + 1));

        var problem = Single("{ \"grids\": [ { \"rows\": 1, \"columns\": 1, \"notes\": [" + notes + "] } ] }");

        // At the list's "[" (column 50).
        Assert.Equal("test.json:1:50: $.grids[0].notes: a list of 4,097 items; allowed: at most 4,096", problem.ToString());
    }

    [Fact]
    public void More_than_4096_regions_are_refused()
    {
        var regions = string.Join(",", Enumerable.Repeat(Region, MappingLimits.MaxRegions + 1));

        var problem = Single("{ \"regions\": [" + regions + "] }");

        Assert.Equal("test.json:1:14: $.regions: a list of 4,097 items; allowed: at most 4,096", problem.ToString());
    }

    [Fact]
    public void A_grid_too_large_is_refused_before_a_single_cell_is_made()
    {
        const string json = """{ "grids": [ { "rows": 128, "columns": 128, "firstNote": 0 } ] }""";

        var allocated = Allocated(() => Problems(json));

        Assert.Equal("test.json:1:12: $.grids: 16,384 regions in all; a mapping may have at most 4,096", Single(json).ToString());
        Assert.InRange(allocated, 0, 256 * 1024);
    }

    [Fact]
    public void Grids_and_regions_count_together()
    {
        var json = "{ \"regions\": [" + Region + "], \"grids\": [ { \"rows\": 64, \"columns\": 64, \"firstNote\": 0 } ] }";

        Assert.Equal("test.json:1:14: $.regions: 4,097 regions in all; a mapping may have at most 4,096", Single(json).ToString());
    }

    [Fact]
    public void Text_longer_than_4000_characters_is_refused()
    {
        var json = "{ \"description\": \"" + new string('é', MappingLimits.MaxTextLength + 1) + "\", \"regions\": [" + Region + "] }";

        Assert.Equal("test.json:1:18: $.description: text of 4,001 characters; allowed: at most 4,000", Single(json).ToString());
    }

    [Fact]
    public void A_property_name_longer_than_64_characters_is_refused_and_shown_cut_short()
    {
        var json = "{ \"" + new string('k', 65) + "\": 1, \"regions\": [" + Region + "] }";

        var problem = Single(json);

        Assert.Equal($"test.json:1:3: $.{new string('k', 63)}…: a property name of 65 characters; allowed: at most 64 (the format's own names are far shorter)", problem.ToString().Replace("$['", "$.", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "name": "x", "regions": [ { "name": "ring\u001b[31m", "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ] }""", "test.json:1:39: $.regions[0].name: the text holds U+001B, a control or bidirectional-override character; allowed: one line of text without control characters")]
    [InlineData("""{ "name": "two\nlines", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ] }""", "test.json:1:11: $.name: the text holds U+000A, a control or bidirectional-override character; allowed: one line of text without control characters")]
    [InlineData("""{ "description": "bell\u0007", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ] }""", "test.json:1:18: $.description: the text holds U+0007, a control or bidirectional-override character; allowed: text without control characters (line breaks and tabs are fine)")]
    [InlineData("""{ "grids": [ { "name": "\u202egnp", "rows": 1, "columns": 1, "notes": [60] } ] }""", "test.json:1:24: $.grids[0].name: the text holds U+202E, a control or bidirectional-override character; allowed: one line of text without control characters")]
    public void Names_cannot_carry_control_characters_to_the_terminal(string json, string expected) =>
        Assert.Equal(expected, Single(json).ToString());

    [Fact]
    public void A_description_may_have_line_breaks_and_a_name_up_to_100_characters()
    {
        var mapping = MappingLoader.Parse("test.json", Encoding.UTF8.GetBytes("{ \"name\": \"" + new string('n', 100) + "\", \"description\": \"one\\ntwo\\tthree\", \"regions\": [" + Region + "] }"));

        Assert.Equal(100, mapping.Name.Length);
        Assert.Equal("one\ntwo\tthree", mapping.Description);
    }

    [Fact]
    public void A_name_over_100_characters_is_refused()
    {
        var json = "{ \"regions\": [ { \"name\": \"" + new string('n', 101) + "\", \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"note\": 60 } ] }";

        Assert.Equal("test.json:1:26: $.regions[0].name: a name of 101 characters; allowed: at most 100", Single(json).ToString());
    }

    [Theory]
    [InlineData("\"ab\u00FFcd\"", "test.json:1:18: $.description: text that is not valid UTF-8; save the file as UTF-8")]
    [InlineData("\"\\ud800\"", "test.json:1:18: $.description: text that is not valid UTF-8; save the file as UTF-8")]
    public void Text_that_is_not_UTF_8_is_refused_where_it_is(string value, string expected)
    {
        var bytes = Encoding.Latin1.GetBytes("{ \"description\": " + value + ", \"regions\": [" + Region + "] }");

        var problem = Assert.Single(Assert.Throws<MappingException>(() => MappingLoader.Parse("test.json", bytes)).Problems);

        Assert.Equal(expected, problem.ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{', 0, (byte)'}' })]
    [InlineData(new byte[] { (byte)'{', 0, (byte)'}', 0 })]
    public void A_UTF_16_file_is_named_as_such(byte[] bytes) =>
        Assert.Equal(
            "test.json: the file is UTF-16 or UTF-32 text; allowed: UTF-8 (save it as UTF-8 in your editor)",
            Assert.Single(Assert.Throws<MappingException>(() => MappingLoader.Parse("test.json", bytes)).Problems).ToString());

    [Theory]
    [InlineData("\"limits\": { \"polyphony\": 129 }", "$.limits.polyphony", "129 is out of range; allowed: a whole number 1–128")]
    [InlineData("\"limits\": { \"notesPerSecond\": 1001 }", "$.limits.notesPerSecond", "1001 is out of range; allowed: a whole number 1–1000")]
    [InlineData("\"defaults\": { \"minLength\": 60001 }", "$.defaults.minLength", "60001 ms is out of range; allowed: milliseconds of video time, 0–60000")]
    [InlineData("\"defaults\": { \"cooldown\": 1e300 }", "$.defaults.cooldown", "1E+300 ms is out of range; allowed: milliseconds of video time, 0–60000")]
    [InlineData("\"defaults\": { \"on\": 1e400 }", "$.defaults.on", "found the number 1e400; allowed: a number above 0 and up to 1 (the value that starts the note)")]
    [InlineData("\"defaults\": { \"channel\": 99999999999 }", "$.defaults.channel", "found the number 99999999999; allowed: a whole number 1–16")]
    [InlineData("\"defaults\": { \"velocity\": { \"shape\": 21 } }", "$.defaults.velocity.shape", "21 is out of range; allowed: a number above 0 and up to 20")]
    [InlineData("\"defaults\": { \"intervals\": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0] }", "$.defaults.intervals", "interval 0 is listed twice")]
    [InlineData("\"grids\": [ { \"rows\": 129, \"columns\": 1, \"notes\": [] } ]", "$.grids[0].rows", "129 rows is out of range; allowed: a whole number 1–128")]
    [InlineData("\"defaults\": { \"lowest\": \"C2147483647\" }", "$.defaults.lowest", "\"C2147483647\" is not a note")]
    public void Numbers_past_their_caps_are_refused_each_with_what_is_allowed(string part, string path, string message)
    {
        var problem = Problems("{ " + part + ", \"regions\": [" + Region + "] }").First(p => p.Path == path);

        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Only_the_first_100_problems_are_listed_and_the_rest_counted()
    {
        var regions = string.Join(",", Enumerable.Range(0, 150).Select(_ => """{ "x": 0, "y": 0, "width": 1, "height": 1, "note": 200 }"""));

        var problems = Problems("{ \"regions\": [" + regions + "] }");

        Assert.Equal(101, problems.Count);
        Assert.All(problems.Take(100), p => Assert.Contains("is not a note", p.Message, StringComparison.Ordinal));
        Assert.Equal("test.json: the file has 50 more problems; only the first 100 are listed", problems[^1].ToString());
    }

    [Fact]
    public void A_text_made_to_multiply_paths_costs_memory_in_proportion_to_its_size()
    {
        // A 64-character key repeated at every level of 15, with lists of 4,096 values at the
        // bottom: a locator that stored every value's path would store gigabytes.
        var key = new string('k', 62);
        var builder = new StringBuilder("{ \"regions\": [").Append(Region).Append("], ");
        for (var list = 0; list < 24; list++)
        {
            builder.Append('"').Append(key).Append(list).Append("\": ");
            for (var level = 0; level < 13; level++)
            {
                builder.Append("{ \"").Append(key).Append("kk\": ");
            }

            builder.Append('[').Append(string.Join(",", Enumerable.Repeat("0", 4096))).Append(']').Append('}', 13).Append(", ");
        }

        builder.Append("\"end\": 0 }");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());

        var allocated = Allocated(() => Assert.Throws<MappingException>(() => MappingLoader.Parse("test.json", bytes)));

        Assert.InRange(bytes.Length, 200_000, MappingLimits.MaxFileBytes);
        Assert.InRange(allocated, 0, MappingFuzz.AllocationBound(bytes.Length));
        Assert.All(Problems(builder.ToString()), p => Assert.Contains("unknown property", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_property_given_twice_is_refused_with_its_name()
    {
        var problem = Single("{ \"regions\": [ { \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"note\": 60, \"note\": 61 } ] }");

        Assert.Equal("test.json:1:59: $.regions[0].note: \"note\" is given twice in this object; keep one", problem.ToString());
    }

    [Fact]
    public void Found_text_is_quoted_on_one_line_and_cut_short()
    {
        var problem = Problems("{ \"regions\": [ { \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"note\": 60, \"measure\": \"loud\\n\\u001b[2J" + new string('!', 100) + "\" } ] }")
            .Single(p => p.Path == "$.regions[0].measure");

        Assert.StartsWith("\"loud\\n\\u001B[2J!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!…\" is not a measure", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(problem.ToString(), char.IsControl);
    }

    [Fact]
    public void A_list_given_as_a_note_is_described_not_printed()
    {
        var problem = Problems("{ \"regions\": [ { \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"note\": [\n1,\n2] } ] }").Single(p => p.Path == "$.regions[0].note");

        Assert.Equal("test.json:1:67: $.regions[0].note: a list of 2 is not a note; allowed: a note number 0–127 or a name such as \"C4\" (middle C, 60), \"D#3\" or \"Eb5\"", problem.ToString());
    }
}
