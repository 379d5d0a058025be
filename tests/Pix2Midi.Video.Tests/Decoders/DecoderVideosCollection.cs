namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>Tests that share the videos of one <see cref="DecoderVideos"/>, and the sample videos of <see cref="VideoFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DecoderVideosCollection : ICollectionFixture<DecoderVideos>, ICollectionFixture<VideoFixture>
{
    public const string Name = "decoder videos";
}
