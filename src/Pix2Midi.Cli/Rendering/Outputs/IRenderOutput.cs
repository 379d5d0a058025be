namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>
/// One file <c>pix2midi render</c> writes from the rendered events: the MIDI file, the piano roll,
/// the soundtrack, the video with its soundtrack. Adding one is adding a type and a line in
/// <see cref="RenderOutputs"/> (docs/decisions/0015).
/// </summary>
/// <remarks>
/// An output is made before any decoding, by its own factory, which checks its name and folder and
/// opens its temporary file, so a bad name or a missing tool is refused before the work. After the
/// render every output <see cref="Write"/>s to its temporary file; only when all have written are
/// they all committed, so a failure leaves none of them. Disposing without committing removes the
/// temporary file.
/// </remarks>
internal interface IRenderOutput : IDisposable
{
    /// <summary>Writes the output to its temporary file.</summary>
    /// <exception cref="UserInputException">The output cannot be made (one line naming it).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    void Write(RenderedPiece piece, CancellationToken cancellationToken);

    /// <summary>Renames the written file into place.</summary>
    void Commit();

    /// <summary>The summary's lines for this output (each starting with two spaces and a label), or none.</summary>
    IEnumerable<string> Summary(RenderedPiece piece);
}
