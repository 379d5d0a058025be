using System.Globalization;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>
/// The video with its soundtrack (<c>--video OUT.mp4</c>): the picture copied bit for bit from the
/// input (no re-encode), the soundtrack as the first audio track, an audio track the input already
/// had kept as the second. Muxed by the <c>ffmpeg</c> program.
/// </summary>
internal sealed class VideoWithSoundtrackOutput : IRenderOutput
{
    private readonly AtomicOutputFile _file;
    private readonly string _ffmpeg;
    private readonly VideoContainer _container;
    private readonly SoundtrackOutput _soundtrack;
    private readonly string _shownPath;

    private VideoWithSoundtrackOutput(AtomicOutputFile file, string ffmpeg, VideoContainer container, SoundtrackOutput soundtrack, string shownPath)
    {
        _file = file;
        _ffmpeg = ffmpeg;
        _container = container;
        _soundtrack = soundtrack;
        _shownPath = shownPath;
    }

    /// <summary>Checks the name, that <c>ffmpeg</c> is there, and opens the temporary file, before any work.</summary>
    /// <param name="path">The video to write.</param>
    /// <param name="video">The input video, which it must not be.</param>
    /// <param name="soundtrack">The soundtrack it carries: a <c>--audio</c> output, or one of its own written to a temporary file.</param>
    /// <exception cref="UserInputException">A name that is no video container's, the input itself, no <c>ffmpeg</c>, or a folder that cannot be written.</exception>
    public static VideoWithSoundtrackOutput Prepare(string path, string video, SoundtrackOutput soundtrack)
    {
        var container = VideoContainer.For(path)
            ?? throw new UserInputException($"{path}: a video with its soundtrack is written as {string.Join(", ", VideoContainer.All.Select(c => c.Extension))}; name it with one of them");
        if (File.Exists(video) && System.IO.Path.GetFullPath(path) == System.IO.Path.GetFullPath(video))
        {
            throw new UserInputException($"{path}: is the video itself; choose another output name");
        }

        var ffmpeg = FfmpegProgram.Find() ?? throw new UserInputException($"{path}: writing the video with its soundtrack needs the ffmpeg program, which is not on PATH; install it: {InstallFfmpeg}");
        return new VideoWithSoundtrackOutput(AtomicOutputFile.Create(path, "music" + container.Extension), ffmpeg, container, soundtrack, path);
    }

    private static string InstallFfmpeg => OperatingSystem.IsWindows() ? "winget install ffmpeg"
        : OperatingSystem.IsMacOS() ? "brew install ffmpeg"
        : "sudo apt install ffmpeg (Debian/Ubuntu) or your distribution's ffmpeg package";

    public void Write(RenderedPiece piece, CancellationToken cancellationToken)
    {
        var sound = _soundtrack.WrittenFile(piece, cancellationToken);

        // ffmpeg writes the temporary file itself.
        var temporary = _file.HandOver();
        string[] arguments =
        [
            "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
            "-i", piece.Video, "-i", sound,
            "-map", "0:v", "-map", "1:a:0", "-map", "0:a?",
            "-c:v", "copy", "-c:a", "copy", "-c:a:0", _container.AudioCodec, .. (_container.AudioCodec == "flac" ? Array.Empty<string>() : ["-b:a:0", "192k"]),
            "-disposition:a:0", "default", "-disposition:a:1", "0",
            "-metadata:s:a:0", "title=" + piece.Title,
            "-map_metadata", "0", "-f", _container.Format, temporary,
        ];
        var run = ChildProgram.Run(_ffmpeg, arguments, cancellationToken);
        if (run.ExitCode != 0)
        {
            var reason = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Create(CultureInfo.InvariantCulture, $"exit code {run.ExitCode}");
            throw new UserInputException($"{_shownPath}: ffmpeg could not write the video with its soundtrack: {reason}");
        }
    }

    public void Commit() => _file.Commit();

    public IEnumerable<string> Summary(RenderedPiece piece) =>
        [$"  movie    {_shownPath}: the picture copied unchanged, the soundtrack as its first audio track ({_container.AudioCodec})"];

    public void Dispose() => _file.Dispose();
}
