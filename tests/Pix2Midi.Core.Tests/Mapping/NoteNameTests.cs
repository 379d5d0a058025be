using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

public class NoteNameTests
{
    [Theory]
    [InlineData("C4", 60)]
    [InlineData("c4", 60)]
    [InlineData("C#4", 61)]
    [InlineData("Db4", 61)]
    [InlineData("D#3", 51)]
    [InlineData("Eb5", 75)]
    [InlineData("F♯2", 42)]
    [InlineData("B♭1", 34)]
    [InlineData("A4", 69)]
    [InlineData("C-1", 0)]
    [InlineData("G9", 127)]
    [InlineData("Cb4", 59)]
    [InlineData("B#3", 60)]
    public void Reads_names_with_middle_C_as_C4(string name, int expected)
    {
        Assert.True(NoteName.TryParse(name, out var note));
        Assert.Equal(expected, note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("H4")]
    [InlineData("C")]
    [InlineData("C10")]
    [InlineData("G#9")]
    [InlineData("Cb-1")]
    [InlineData("C4x")]
    public void Refuses_what_is_not_a_note_in_range(string name) => Assert.False(NoteName.TryParse(name, out _));

    [Theory]
    [InlineData(60, "C4")]
    [InlineData(61, "C#4")]
    [InlineData(0, "C-1")]
    [InlineData(127, "G9")]
    public void Names_note_numbers(int note, string expected) => Assert.Equal(expected, NoteName.Format(note));

    [Fact]
    public void Every_note_name_reads_back_as_its_number()
    {
        for (var note = 0; note <= 127; note++)
        {
            Assert.True(NoteName.TryParse(NoteName.Format(note), out var back));
            Assert.Equal(note, back);
        }
    }
}
