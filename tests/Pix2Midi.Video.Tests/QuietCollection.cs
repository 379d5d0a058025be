namespace Pix2Midi.Video.Tests;

/// <summary>
/// Tests that watch the process's native standard error: they run alone, after the others, with
/// their own videos.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietCollection : ICollectionFixture<VideoFixture>
{
    public const string Name = "native stderr";
}
