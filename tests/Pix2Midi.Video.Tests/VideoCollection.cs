namespace Pix2Midi.Video.Tests;

/// <summary>Tests that share the ffmpeg-made videos of one <see cref="VideoFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class VideoCollection : ICollectionFixture<VideoFixture>
{
    public const string Name = "videos";
}
