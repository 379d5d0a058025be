namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>A container <c>render --video</c> writes, by the output's extension: what FFmpeg calls it and how the soundtrack is encoded in it.</summary>
/// <param name="Extension">The file name's ending, with its dot.</param>
/// <param name="Format">FFmpeg's name of the container (<c>-f</c>): the file is written under a temporary name.</param>
/// <param name="AudioCodec">
/// The encoder for the soundtrack: one every player of that container plays, and one whose start
/// the container keeps in time (Matroska records no AAC encoder delay, so the soundtrack would come
/// 21 ms late there: it gets FLAC, lossless and without delay).
/// </param>
internal sealed record VideoContainer(string Extension, string Format, string AudioCodec)
{
    /// <summary>Every container <c>--video</c> writes.</summary>
    public static IReadOnlyList<VideoContainer> All { get; } =
    [
        new(".mp4", "mp4", "aac"),
        new(".mov", "mov", "aac"),
        new(".mkv", "matroska", "flac"),
        new(".webm", "webm", "libopus"),
    ];

    /// <summary>The container for <paramref name="path"/>'s extension, or null.</summary>
    public static VideoContainer? For(string path) =>
        All.FirstOrDefault(c => c.Extension.Equals(Path.GetExtension(path), StringComparison.OrdinalIgnoreCase));
}
