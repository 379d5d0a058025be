namespace Pix2Midi.Testing;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pix2Midi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pix2Midi.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string SampleVideo(string name) => System.IO.Path.Combine(Root, "sample-videos", name);

    public static string Mapping(string name) => System.IO.Path.Combine(Root, "mappings", name);
}
