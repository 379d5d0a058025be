using System.Text;
using Pix2Midi.Cli.Rendering;

namespace Pix2Midi.Cli.Mappings;

/// <summary>Writes text files for the mapping commands, with one clear line when that fails.</summary>
internal static class SchemaFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, with LF line ends.</summary>
    /// <exception cref="UserInputException">The folder is missing or not writable.</exception>
    public static void Write(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (Directory.Exists(path))
        {
            throw new UserInputException($"{path}: is a folder; name the file to write");
        }

        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"{path}: the folder {folder} does not exist");
        }

        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot write in {folder} (permission denied)");
        }
        catch (IOException e)
        {
            throw new UserInputException($"{path}: cannot be written: {e.Message}");
        }
    }
}
