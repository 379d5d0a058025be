namespace Pix2Midi.SampleVideos;

/// <summary>Finds the repository root (the folder holding Pix2Midi.sln) and its sample-videos folder.</summary>
public static class RepositoryPaths
{
    public const string SolutionFileName = "Pix2Midi.sln";
    public const string SampleVideosFolderName = "sample-videos";

    /// <summary>Walks up from <paramref name="start"/>; null when no folder holds the solution file.</summary>
    public static string? FindRoot(string start)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(start));
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        return null;
    }

    /// <summary>The repository's sample-videos folder, or null when not inside the repository.</summary>
    public static string? FindSampleVideosFolder(string start)
    {
        var root = FindRoot(start);
        return root is null ? null : Path.Combine(root, SampleVideosFolderName);
    }
}
