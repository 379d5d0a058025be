using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>The piano roll (<c>--roll</c>): a PNG of the notes, time across, pitch up, velocity as colour.</summary>
internal sealed class PianoRollOutput : IRenderOutput
{
    private readonly AtomicOutputFile _file;
    private readonly string _shownPath;

    private PianoRollOutput(AtomicOutputFile file, string shownPath)
    {
        _file = file;
        _shownPath = shownPath;
    }

    /// <summary>Checks the name, that OpenCV (which draws it) loads, and opens the temporary file, before any work.</summary>
    /// <exception cref="UserInputException">A name that is not a PNG's, OpenCV missing, or a folder that cannot be written.</exception>
    public static PianoRollOutput Prepare(string path)
    {
        AtomicOutputFile.RequireExtension(path, "the piano roll", ".png");
        if (OpenCvRuntime.Load() is { } missing)
        {
            throw new UserInputException($"{path}: cannot draw the piano roll: {missing}");
        }

        return new PianoRollOutput(AtomicOutputFile.Create(path, "roll.png"), path);
    }

    public void Write(RenderedPiece piece, CancellationToken cancellationToken) =>
        _file.Stream.Write(PianoRoll.Draw(piece.Result.Events, piece.Result.Duration, piece.Mapping.Time));

    public void Commit() => _file.Commit();

    public IEnumerable<string> Summary(RenderedPiece piece) => [$"  roll     {_shownPath}: time across, pitch up, velocity as colour"];

    public void Dispose() => _file.Dispose();
}
