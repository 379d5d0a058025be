using System.Globalization;
using Pix2Midi.Cli.Sound;
using Pix2Midi.Synth;
using Pix2Midi.Synth.Offline;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>
/// The soundtrack (<c>--audio OUT.wav</c>): the events played by the built-in synthesizer, each note
/// starting on its frame's sample, as long as the video; 16-bit stereo WAV at <c>--sample-rate</c>.
/// </summary>
/// <remarks>
/// The synthesizer is driven block by block between events, not in real time (see
/// <see cref="SoundtrackRenderer"/>). A <c>--video</c> output without <c>--audio</c> has one of its
/// own, written to a temporary file and never kept (<see cref="Temporary"/>).
/// </remarks>
internal sealed class SoundtrackOutput : IRenderOutput
{
    private readonly AtomicOutputFile _file;
    private readonly string? _shownPath;
    private readonly Task<Synthesizer> _synth;
    private SoundtrackResult? _result;

    private SoundtrackOutput(AtomicOutputFile file, SoundFontChoice font, int sampleRate, string? shownPath)
    {
        _file = file;
        _shownPath = shownPath;

        // The synthesizer and its SoundFont load while the video is analysed (a General MIDI font
        // takes half a second), on another thread; the render waits for them only if they are late.
        _synth = Task.Run(() => Synthesizer.Create(font.Path, SynthOptions.Default with { SampleRate = sampleRate }));
    }

    /// <summary>Checks the name and opens the temporary file, before any work.</summary>
    /// <exception cref="UserInputException">A name that is not a WAV file's, or a folder that cannot be written.</exception>
    public static SoundtrackOutput Prepare(string path, string video, SoundFontChoice font, int sampleRate)
    {
        AtomicOutputFile.RequireExtension(path, "the soundtrack", ".wav");
        if (File.Exists(video) && System.IO.Path.GetFullPath(path) == System.IO.Path.GetFullPath(video))
        {
            throw new UserInputException($"{path}: is the video itself; choose another output name");
        }

        return new SoundtrackOutput(AtomicOutputFile.Create(path, "soundtrack.wav"), font, sampleRate, path);
    }

    /// <summary>A soundtrack for another output only, in the system's temporary folder, deleted when disposed.</summary>
    public static SoundtrackOutput Temporary(SoundFontChoice font, int sampleRate) =>
        new(AtomicOutputFile.Create(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pix2midi-soundtrack-{Environment.ProcessId}-{Guid.NewGuid():N}.wav")), font, sampleRate, null);

    public void Write(RenderedPiece piece, CancellationToken cancellationToken)
    {
        if (_result is not null)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var synth = _synth.GetAwaiter().GetResult())
        {
            _result = SoundtrackRenderer.Render(synth, piece.Result.Events, piece.Result.Duration, new WavWriter(_file.Stream));
        }

        _file.Stream.Flush();
    }

    /// <summary>Writes the soundtrack if it is not written yet and gives the file it is in, for another program to read.</summary>
    public string WrittenFile(RenderedPiece piece, CancellationToken cancellationToken)
    {
        Write(piece, cancellationToken);
        return _file.TemporaryPath;
    }

    public void Commit()
    {
        if (_shownPath is not null)
        {
            _file.Commit();
        }
    }

    public IEnumerable<string> Summary(RenderedPiece piece)
    {
        if (_shownPath is null || _result is not { } result)
        {
            return [];
        }

        var clipped = result.SamplesOverFullScale > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {result.SamplesOverFullScale} samples were limited to full scale") : string.Empty;
        return [string.Create(CultureInfo.InvariantCulture, $"  audio    {_shownPath}: {result.SampleRate / 1000.0:0.#} kHz stereo, {result.Duration.TotalSeconds:0.00} s, every note on its frame's sample{clipped}")];
    }

    public void Dispose()
    {
        _file.Dispose();

        // A synthesizer loaded for a render that never came (a failure, Ctrl+C) is freed too.
        try
        {
            if (_result is null)
            {
                _synth.GetAwaiter().GetResult().Dispose();
            }
        }
        catch (SynthException)
        {
            // It never loaded; the failure was said, or the render did not get that far.
        }
    }
}
