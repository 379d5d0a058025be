using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>The Standard MIDI File: every event on its frame's tick (docs/decisions/0004).</summary>
internal sealed class MidiFileOutput : IRenderOutput
{
    private readonly AtomicOutputFile _file;

    private MidiFileOutput(AtomicOutputFile file) => _file = file;

    /// <summary>Where the file ends up.</summary>
    public string Path => _file.Path;

    /// <summary>Checks the name and opens the temporary file, before any work.</summary>
    /// <exception cref="UserInputException">A name that is not a MIDI file's, the video itself, or a folder that cannot be written.</exception>
    public static MidiFileOutput Prepare(string path, string video)
    {
        AtomicOutputFile.RequireExtension(path, "a MIDI file", ".mid", ".midi");
        if (File.Exists(video) && System.IO.Path.GetFullPath(path) == System.IO.Path.GetFullPath(video))
        {
            throw new UserInputException($"{path}: is the video itself; choose another output name");
        }

        return new MidiFileOutput(AtomicOutputFile.Create(path));
    }

    public void Write(RenderedPiece piece, CancellationToken cancellationToken) =>
        SmfWriter.Write(_file.Stream, piece.Result.TimeBase, piece.Result.Events, new SmfWriteOptions
        {
            SequenceName = piece.Title,
            EndTime = piece.Result.Duration,
        });

    public void Commit() => _file.Commit();

    public IEnumerable<string> Summary(RenderedPiece piece) => [];

    public void Dispose() => _file.Dispose();
}
