namespace Pix2Midi.Cli.Rendering;

/// <summary>Finds a mapping: a path the user gave, or one of the mappings bundled with the tool.</summary>
internal static class MappingResolver
{
    public const string DefaultName = "fireworks";

    /// <summary>The folder of bundled mappings, next to the tool.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "mappings");

    public static string Resolve(string? requested)
    {
        if (requested is null)
        {
            return Bundled(DefaultName) ?? throw new UserInputException($"the bundled mapping \"{DefaultName}\" is missing from {BundledFolder}; reinstall pix2midi or pass -m FILE");
        }

        if (File.Exists(requested) || Directory.Exists(requested) || requested.Contains(Path.DirectorySeparatorChar) || requested.Contains('/') || requested.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(requested) && !Directory.Exists(requested) && Bundled(requested) is { } bundledFile)
            {
                return bundledFile;
            }

            return requested;
        }

        return Bundled(requested) ?? throw new UserInputException($"{requested}: no such mapping file, and no bundled mapping has that name; bundled: {string.Join(", ", BundledNames())}");
    }

    /// <summary>How to name a resolved mapping in messages: a bundled one by its name, a file by its path.</summary>
    public static string Describe(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return string.Equals(folder, Path.GetFullPath(BundledFolder).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
            ? $"the bundled \"{Path.GetFileNameWithoutExtension(path)}\" mapping"
            : Path.GetRelativePath(Environment.CurrentDirectory, path);
    }

    public static IEnumerable<string> BundledNames() =>
        Directory.Exists(BundledFolder)
            ? Directory.EnumerateFiles(BundledFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n is not null && !n.Contains(".schema", StringComparison.Ordinal)).Order()!
            : [];

    private static string? Bundled(string name)
    {
        var file = Path.Combine(BundledFolder, Path.GetFileNameWithoutExtension(name) + ".json");
        return File.Exists(file) ? file : null;
    }
}
