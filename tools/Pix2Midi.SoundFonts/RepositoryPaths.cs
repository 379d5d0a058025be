namespace Pix2Midi.SoundFonts;

/// <summary>Finds the repository root (the folder holding Pix2Midi.sln) and its soundfonts folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "Pix2Midi.sln";

    /// <summary>The folder, at the root, that holds the bundled font.</summary>
    public const string SoundFontsFolderName = "soundfonts";

    /// <summary>Walks up from <paramref name="start"/>; null when no folder holds the solution file.</summary>
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
