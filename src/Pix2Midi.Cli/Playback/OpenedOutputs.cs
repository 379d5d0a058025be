using Pix2Midi.Cli.Sound;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Synth;
using Pix2Midi.Synth.Realtime;

namespace Pix2Midi.Cli.Playback;

/// <summary>
/// The outputs a run plays to, opened from a <see cref="PortChoice"/>, closed together. Each one
/// opened here is guarded (<see cref="OutputGuard"/>): one that goes away mid-run is dropped with a
/// line saying so and the run plays on to the others; the last one going stops the run.
/// </summary>
/// <remarks>
/// Lines for the terminal (the console monitor's notes, an output going away or coming back) are
/// written by <see cref="ConsoleLines"/>' own thread, so a terminal that does not read never holds
/// up a note.
/// </remarks>
internal sealed class OpenedOutputs : IDisposable
{
    private readonly List<IMidiOutput> _outputs = [];
    private readonly ConsoleLines _lines;
    private readonly OutputGuard _guard;

    private OpenedOutputs(TextWriter console)
    {
        _lines = new ConsoleLines(console);
        _guard = new OutputGuard(line => _lines.Write(line));
    }

    public IReadOnlyList<IMidiOutput> Outputs => _outputs;

    public bool IsConsole { get; private set; }

    /// <summary>The recording (<c>--record</c>), or null.</summary>
    public RecordingOutput? Recorder { get; private set; }

    /// <summary>Where the run plays, for its first line: the ports, the synthesizer, the console.</summary>
    public string Destinations => string.Join(", ", _outputs.Where(o => o is not RecordingOutput and not Preview.PreviewNotes).Select(o => o.Port.QualifiedName));

    /// <summary>
    /// Opens what <c>run</c> and <c>live</c> play to: the ports chosen from <paramref name="ports"/>
    /// and <paramref name="virtualName"/>, the built-in synthesizer when asked for (or, with no MIDI
    /// port at all, when an audio output works), else the console; and the recording. Writes the line
    /// that says what was chosen for the user.
    /// </summary>
    /// <exception cref="MidiOutputException">A port cannot be opened.</exception>
    /// <exception cref="SynthException"><c>--synth</c> was asked for and cannot play (one line).</exception>
    public static OpenedOutputs OpenForPlaying(IReadOnlyList<IMidiBackend> backends, IReadOnlyList<string> ports, string? virtualName, SoundRequest? sound, bool record, TextWriter console) =>
        OpenForPlaying(PortSelector.Choose(backends, ports, virtualName), ports, virtualName, sound, record, console);

    /// <summary>As <see cref="OpenForPlaying(IReadOnlyList{IMidiBackend}, IReadOnlyList{string}, string?, SoundRequest?, bool, TextWriter)"/>, from ports chosen already (<c>live</c> chooses before it opens its source, so that nothing waits between the source's first picture and playing).</summary>
    public static OpenedOutputs OpenForPlaying(PortChoice choice, IReadOnlyList<string> ports, string? virtualName, SoundRequest? sound, bool record, TextWriter console)
    {
        sound ??= SoundRequest.None;
        SynthOutput? synth = null;
        var note = choice.Note;
        if (sound.Synth || sound.SoundFont is not null || sound.AudioDriver is not null)
        {
            // A SoundFont or a driver named is the synthesizer asked for: its problems are the user's to hear.
            synth = OpenSynth(sound, out var font);
            var sounds = $"The built-in synthesizer plays {font.Describe} through {synth.Driver}.";
            note = note is null ? sounds : $"{note}{Environment.NewLine}{sounds}";
        }
        else if (choice.Console && ports.Count == 0 && virtualName is null && TryOpenSynth(sound) is { } fallback)
        {
            // No MIDI port and an audio output that works: play it rather than print it.
            synth = fallback;
            choice = choice with { Console = false };
            note = $"No MIDI port found, so Pix2Midi plays through its built-in synthesizer ({fallback.Driver}, {fallback.SoundFont.FileName}). To play your DAW or synth instead, connect a MIDI port and pass --port NAME (README: \"Connecting a MIDI port\").";
        }

        OpenedOutputs opened;
        try
        {
            opened = Open(choice, console);
        }
        catch
        {
            synth?.Dispose();
            throw;
        }

        if (synth is not null)
        {
            opened._outputs.Add(opened._guard.Guard(synth));
        }

        if (record)
        {
            opened.Recorder = new RecordingOutput();
            opened._outputs.Add(opened.Recorder);
        }

        if (note is not null)
        {
            console.WriteLine(note);
        }

        return opened;
    }

    private static SynthOutput OpenSynth(SoundRequest sound, out SoundFontChoice font)
    {
        font = SoundFontChoice.Choose(sound.SoundFont);
        return SynthOutput.Open(new SynthOutputOptions(font.Path) { Driver = sound.AudioDriver ?? DefaultDriver });
    }

    /// <summary>The synthesizer on the default driver, or null when it cannot play here (no FluidSynth, no audio output).</summary>
    private static SynthOutput? TryOpenSynth(SoundRequest sound)
    {
        try
        {
            return OpenSynth(sound, out _);
        }
        catch (SynthException)
        {
            return null;
        }
    }

    /// <summary>The audio driver set in <c>PIX2MIDI_AUDIO_DRIVER</c>, or null for FluidSynth's default.</summary>
    private static string? DefaultDriver => Environment.GetEnvironmentVariable("PIX2MIDI_AUDIO_DRIVER") is { Length: > 0 } name ? name : null;

    /// <summary>The run's lines for the terminal, written by a thread of their own: for whatever the MIDI thread has to say (the status line, notices).</summary>
    public ConsoleLines Lines => _lines;

    /// <summary>Opens everything <paramref name="choice"/> names; on any failure closes what was opened and rethrows.</summary>
    public static OpenedOutputs Open(PortChoice choice, TextWriter console)
    {
        var opened = new OpenedOutputs(console);
        try
        {
            foreach (var (backend, port) in choice.Ports)
            {
                opened._outputs.Add(opened._guard.Guard(backend.Open(port, PortSelector.DefaultVirtualName)));
            }

            if (choice.Virtual is { } maker)
            {
                opened._outputs.Add(opened._guard.Guard(maker.CreateVirtual(choice.VirtualName)));
            }

            if (choice.Console)
            {
                opened._outputs.Add(opened._guard.Guard(new ConsoleMonitorOutput(opened._lines)));
                opened.IsConsole = true;
            }

            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>Adds an output that follows the run (the recording, the preview): not guarded, and not one that keeps a run going.</summary>
    public void Add(IMidiOutput output) => _outputs.Add(output);

    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }

        _outputs.Clear();
        _lines.Dispose();
    }
}
