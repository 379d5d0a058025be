using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Outputs;

public class ConsoleMonitorFormatTests
{
    public static TheoryData<NoteEvent, string> Lines => new()
    {
        { NoteEvent.NoteOn(TimeSpan.FromSeconds(61.25), 0, 61, 100), "  1:01.25  ch  1  C#4  on  v100" },
        { NoteEvent.NoteOff(TimeSpan.Zero, 9, 36), "  0:00.00  ch 10  C2   off" },
        { NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), "  0:00.00  ch  1  program 15 Tubular Bells" },
        { NoteEvent.ProgramChange(TimeSpan.Zero, 1, 33), "  0:00.00  ch  2  program 34 Electric Bass (finger)" },
        { NoteEvent.ProgramChange(TimeSpan.FromSeconds(2), 9, 25), "  0:02.00  ch 10  program 26 TR-808 Kit" },
        { NoteEvent.ProgramChange(TimeSpan.Zero, 9, 12), "  0:00.00  ch 10  program 13 drum kit" },
        { NoteEvent.ProgramChange(TimeSpan.FromHours(100), 15, 127), "  6000:00.00  ch 16  program 128 Gunshot" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Shows_notes_and_program_changes_one_line_each(NoteEvent message, string line)
    {
        var buffer = new char[64];

        var length = ConsoleMonitorOutput.Format(message, buffer);

        Assert.Equal(line + "\n", new string(buffer, 0, length));
    }

    [Fact]
    public void Every_instrument_name_fits_the_line()
    {
        var buffer = new char[64];

        for (var program = 0; program < 128; program++)
        {
            var length = ConsoleMonitorOutput.Format(NoteEvent.ProgramChange(TimeSpan.FromHours(1000), 15, program), buffer);

            Assert.EndsWith(Core.Mapping.GeneralMidi.ProgramName(program) + "\n", new string(buffer, 0, length), StringComparison.Ordinal);
        }
    }
}
