using System.Diagnostics;
using System.Globalization;

namespace Pix2Midi.SoundFonts;

/// <summary>Command-line entry point: writes the bundled SoundFont.</summary>
public static class Program
{
    private const int ExitOk = 0;
    private const int ExitFailure = 1;
    private const int ExitUsage = 64;

    private const string Usage = """
        Usage:
          Pix2Midi.SoundFonts [-o PATH]   write the bundled General MIDI SoundFont
        Without -o it goes to <repo>/soundfonts/pix2midi.sf2 (run from inside the repository).
        The output is the same, byte for byte, on every run.
        """;

    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                Console.WriteLine(Usage);
                return ExitOk;
            }

            if (args[i] is "-o" or "--output" && i + 1 < args.Length)
            {
                output = args[++i];
            }
            else
            {
                Console.Error.WriteLine("error: unexpected argument '" + args[i] + "'.");
                Console.Error.WriteLine(Usage);
                return ExitUsage;
            }
        }

        if (output is null)
        {
            var root = RepositoryPaths.FindRoot(Directory.GetCurrentDirectory());
            if (root is null)
            {
                Console.Error.WriteLine("error: run from inside the repository (no folder above holds " + RepositoryPaths.SolutionFileName + "), or give -o PATH.");
                return ExitFailure;
            }

            output = Path.Combine(root, RepositoryPaths.SoundFontsFolderName, Pix2MidiSoundFont.FileName);
        }

        try
        {
            var stopwatch = Stopwatch.StartNew();
            Write(output);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {output}: {new FileInfo(output).Length} bytes in {stopwatch.Elapsed.TotalSeconds:F1} s"));
            return ExitOk;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + exception.Message);
            return ExitFailure;
        }
    }

    /// <summary>Writes the font to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, Pix2MidiSoundFont.ToBytes());
    }
}
