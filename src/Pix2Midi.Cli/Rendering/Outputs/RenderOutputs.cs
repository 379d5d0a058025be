using Pix2Midi.Cli.Sound;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>
/// The files one render writes, made before any work and committed together when every one of them
/// has been written (<see cref="IRenderOutput"/>).
/// </summary>
internal sealed class RenderOutputs : IDisposable
{
    private readonly List<IRenderOutput> _outputs = [];

    private RenderOutputs()
    {
    }

    /// <summary>The MIDI file, always written.</summary>
    public MidiFileOutput Midi { get; private set; } = null!;

    /// <summary>The SoundFont the soundtrack plays, or null when no sound is written.</summary>
    public SoundFontChoice? Font { get; private set; }

    /// <summary>Every output, the MIDI file first.</summary>
    public IReadOnlyList<IRenderOutput> All => _outputs;

    /// <summary>Makes the outputs <paramref name="request"/> asks for; on any refusal closes those made and rethrows.</summary>
    /// <exception cref="UserInputException">An output's name, folder or tool is refused.</exception>
    public static RenderOutputs Prepare(RenderRequest request, string midiPath)
    {
        var outputs = new RenderOutputs();
        try
        {
            outputs.Midi = outputs.Add(MidiFileOutput.Prepare(midiPath, request.Video));
            if (request.Roll is { } roll)
            {
                outputs.Add(PianoRollOutput.Prepare(roll));
            }

            if (request.Audio is not null || request.VideoWithSound is not null)
            {
                // Names first: a wrong one is refused before the synthesizer and the font are checked.
                AtomicOutputFile.RequireExtension(request.Audio, "the soundtrack", ".wav");
                outputs.Font = SoundFontChoice.Choose(request.SoundFont);
                var soundtrack = request.Audio is { } audio
                    ? outputs.Add(SoundtrackOutput.Prepare(audio, request.Video, outputs.Font, request.SampleRate))
                    : null;
                if (request.VideoWithSound is { } video)
                {
                    // Without --audio the video's soundtrack is written to a temporary file, never kept.
                    soundtrack ??= outputs.Add(SoundtrackOutput.Temporary(outputs.Font, request.SampleRate));
                    outputs.Add(VideoWithSoundtrackOutput.Prepare(video, request.Video, soundtrack));
                }
            }

            return outputs;
        }
        catch
        {
            outputs.Dispose();
            throw;
        }
    }

    /// <summary>Writes every output, then commits them all: a failure leaves none.</summary>
    public void WriteAll(RenderedPiece piece, CancellationToken cancellationToken)
    {
        foreach (var output in _outputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Write(piece, cancellationToken);
        }

        foreach (var output in _outputs)
        {
            output.Commit();
        }
    }

    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }
    }

    private T Add<T>(T output)
        where T : IRenderOutput
    {
        _outputs.Add(output);
        return output;
    }
}
