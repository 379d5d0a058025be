namespace Pix2Midi.Cli.Tests;

/// <summary>A MIDI file as the independent reader <c>midicsv</c> sees it.</summary>
public sealed record Midicsv(int TicksPerQuarter, int Tempo, IReadOnlyList<Midicsv.Note> Notes)
{
    /// <summary>One Note_on_c or Note_off_c line.</summary>
    public sealed record Note(int Track, long Tick, string Kind, int Channel, int Number, int Velocity)
    {
        public bool IsOn => Kind == "Note_on_c" && Velocity > 0;
    }

    /// <summary>One Program_c line: the program 0–127 as the file carries it.</summary>
    public sealed record ProgramChange(int Track, long Tick, int Channel, int Program);

    /// <summary>Every Program_c line, in file order.</summary>
    public IReadOnlyList<ProgramChange> Programs { get; init; } = [];

    public static Midicsv Read(string file)
    {
        var result = ExternalTool.Run("midicsv", [file]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardError.Trim());
        var ppq = 0;
        var tempo = 0;
        var notes = new List<Note>();
        var programs = new List<ProgramChange>();
        foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split(',', StringSplitOptions.TrimEntries);
            switch (f[2])
            {
                case "Header":
                    ppq = int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "Tempo":
                    tempo = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "Program_c":
                    programs.Add(new ProgramChange(Int(f[0]), long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), Int(f[3]), Int(f[4])));
                    break;
                case "Note_on_c" or "Note_off_c":
                    notes.Add(new Note(Int(f[0]), long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], Int(f[3]), Int(f[4]), Int(f[5])));
                    break;
            }
        }

        return new Midicsv(ppq, tempo, notes) { Programs = programs };

        static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A tick's time in seconds.</summary>
    public double Seconds(long tick) => tick * (Tempo / 1e6) / TicksPerQuarter;
}
