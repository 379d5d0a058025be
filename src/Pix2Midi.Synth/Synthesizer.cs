using System.Globalization;
using System.Runtime.InteropServices;
using Pix2Midi.Core.Events;
using Pix2Midi.Synth.Native;
using Pix2Midi.Synth.SoundFonts;

namespace Pix2Midi.Synth;

/// <summary>
/// One FluidSynth synthesizer with one SoundFont: takes note events, renders stereo float audio.
/// </summary>
/// <remarks>
/// <para>
/// Owns its native settings and synthesizer (SafeHandles, deleted synthesizer first). Events may
/// be applied from any thread (FluidSynth serialises its API with a lock), but
/// <see cref="Render"/> must be called from one thread only, and never on a synthesizer an audio
/// driver renders (<see cref="Realtime.SynthOutput"/>).
/// </para>
/// <para>
/// FluidSynth renders in blocks of <see cref="BlockFrames"/> frames, and an event sounds from
/// the start of the first block not yet rendered when it is applied: applied after a multiple of
/// 64 frames it sounds exactly there. <see cref="Offline.SoundtrackRenderer"/> builds on that.
/// </para>
/// <para>
/// Applying events and rendering allocate nothing. An event FluidSynth refuses (a note-on on a
/// channel whose program the font lacks, a note-off of a note already silent) is not an error:
/// note-ons refused are counted in <see cref="RefusedNoteOns"/>.
/// </para>
/// </remarks>
public sealed unsafe class Synthesizer : IDisposable
{
    /// <summary>FluidSynth's internal block, in frames: events take effect on its boundaries.</summary>
    public const int BlockFrames = 64;

    private long _refusedNoteOns;

    private Synthesizer(FluidSettingsHandle settings, FluidSynthHandle synth, SynthOptions options)
    {
        Settings = settings;
        Handle = synth;
        Options = options;
    }

    /// <summary>How it was set up.</summary>
    public SynthOptions Options { get; }

    /// <summary>The sample rate it renders at.</summary>
    public int SampleRate => Options.SampleRate;

    /// <summary>The loaded SoundFont, or null before <see cref="LoadSoundFont"/>.</summary>
    public LoadedSoundFont? SoundFont { get; private set; }

    /// <summary>Frames rendered so far by <see cref="Render"/>.</summary>
    public long FramesRendered { get; private set; }

    /// <summary>Note-ons FluidSynth refused so far (no preset on that channel, values out of range).</summary>
    public long RefusedNoteOns => Interlocked.Read(ref _refusedNoteOns);

    /// <summary>The native settings, for a driver that must read the same ones.</summary>
    internal FluidSettingsHandle Settings { get; }

    /// <summary>The native synthesizer.</summary>
    internal FluidSynthHandle Handle { get; }

    /// <summary>Creates a synthesizer (no SoundFont yet).</summary>
    /// <exception cref="SynthException">FluidSynth is missing, or refused a setting (one line naming it and its range).</exception>
    public static Synthesizer Create(SynthOptions? options = null)
    {
        options ??= SynthOptions.Default;
        FluidSynthLibrary.Require();
        var settings = Interop.FluidSynth.NewSettings();
        if (settings.IsInvalid)
        {
            settings.Dispose();
            throw new SynthException("FluidSynth could not create its settings (out of memory?)");
        }

        try
        {
            SetNumber(settings, "synth.sample-rate", options.SampleRate, "a sample rate of 8000 to 96000");
            SetNumber(settings, "synth.gain", options.Gain, "a gain of 0 to 10");
            SetInteger(settings, "synth.reverb.active", options.Reverb ? 1 : 0, "on or off");
            SetInteger(settings, "synth.chorus.active", options.Chorus ? 1 : 0, "on or off");
            SetNumber(settings, "synth.chorus.level", options.ChorusLevel, "a chorus level of 0 to 10");
            SetInteger(settings, "synth.polyphony", options.Polyphony, "a polyphony of 1 to 65535");

            using var capture = FluidSynthLog.Capture();
            var synth = Interop.FluidSynth.NewSynth(settings);
            if (synth.IsInvalid)
            {
                synth.Dispose();
                throw new SynthException($"FluidSynth could not create a synthesizer: {capture.Reason("no reason given")}");
            }

            synth.DependOn(settings);
            return new Synthesizer(settings, synth, options);
        }
        catch
        {
            settings.Dispose();
            throw;
        }
    }

    /// <summary>Creates a synthesizer and loads <paramref name="soundFontPath"/> into it.</summary>
    /// <exception cref="SynthException">FluidSynth is missing, or the font cannot be used.</exception>
    public static Synthesizer Create(string soundFontPath, SynthOptions? options = null)
    {
        var synth = Create(options);
        try
        {
            synth.LoadSoundFont(soundFontPath);
            return synth;
        }
        catch
        {
            synth.Dispose();
            throw;
        }
    }

    /// <summary>Loads the synthesizer's one SoundFont and selects program 0 (kit 0 on the drum channel) everywhere.</summary>
    /// <returns>The font's presets and description.</returns>
    /// <exception cref="SynthException">The path is missing, not a SoundFont, or FluidSynth cannot load it: one line saying which and why.</exception>
    /// <exception cref="InvalidOperationException">A font is loaded already.</exception>
    public LoadedSoundFont LoadSoundFont(string path)
    {
        ObjectDisposedException.ThrowIf(Handle.IsClosed, this);
        if (SoundFont is not null)
        {
            throw new InvalidOperationException($"A SoundFont ({SoundFont.FileName}) is loaded already; a Synthesizer plays one.");
        }

        var header = SoundFontFile.Check(path);
        int id;
        string reason;
        using (var capture = FluidSynthLog.Capture())
        {
            id = Interop.FluidSynth.SynthLoadSoundFont(Handle, path, 1);
            reason = capture.Reason("FluidSynth gave no reason");
        }

        if (id == Interop.FluidSynth.Failed)
        {
            throw new SynthException(SoundFontFile.LoadFailed(path, header, reason));
        }

        SoundFont = new LoadedSoundFont(path, header, ReadPresets(id));
        return SoundFont;
    }

    /// <summary>Applies one event now: it sounds from the next block rendered.</summary>
    /// <remarks>Note on and off, control change, program change (on the drum channel: a kit). Allocation-free; refusals are not errors.</remarks>
    public void Apply(in NoteEvent message)
    {
        var channel = message.Channel & 0x0F;
        // Per-event warnings (no preset, no free voice) are expected and dropped; an audio thread's errors are not.
        FluidSynthLog.BeginQuiet();
        try
        {
            ApplyQuietly(message, channel);
        }
        finally
        {
            FluidSynthLog.EndQuiet();
        }
    }

    /// <summary>Releases every note on every channel (they fade out as released notes do).</summary>
    public void AllNotesOff() => Interop.FluidSynth.SynthAllNotesOff(Handle, -1);

    /// <summary>Silences every voice on every channel at once.</summary>
    public void AllSoundsOff() => Interop.FluidSynth.SynthAllSoundsOff(Handle, -1);

    /// <summary>Renders <c>interleaved.Length / 2</c> stereo frames (left, right, left, …), overwriting the span.</summary>
    /// <remarks>From one thread only; allocation-free. Values are not clipped: loud passages can pass ±1.</remarks>
    /// <exception cref="ArgumentException">The span holds an odd number of samples.</exception>
    public void Render(Span<float> interleaved)
    {
        if ((interleaved.Length & 1) != 0)
        {
            throw new ArgumentException("A stereo buffer holds an even number of samples.", nameof(interleaved));
        }

        var frames = interleaved.Length / 2;
        if (frames == 0)
        {
            return;
        }

        fixed (float* buffer = interleaved)
        {
            if (Interop.FluidSynth.SynthWriteFloat(Handle, frames, buffer, 0, 2, buffer, 1, 2) != Interop.FluidSynth.Ok)
            {
                throw new SynthException(string.Create(CultureInfo.InvariantCulture, $"FluidSynth could not render {frames} frames"));
            }
        }

        FramesRendered += frames;
    }

    /// <summary>Deletes the synthesizer, then its settings (unless a driver still holds them).</summary>
    public void Dispose()
    {
        Handle.Dispose();
        Settings.Dispose();
    }

    private static void SetNumber(FluidSettingsHandle settings, string name, double value, string allowed)
    {
        if (Interop.FluidSynth.SettingsSetNumber(settings, name, value) != Interop.FluidSynth.Ok)
        {
            throw new SynthException(string.Create(CultureInfo.InvariantCulture, $"FluidSynth refused {name} = {value}: it takes {allowed}"));
        }
    }

    private static void SetInteger(FluidSettingsHandle settings, string name, int value, string allowed)
    {
        if (Interop.FluidSynth.SettingsSetInteger(settings, name, value) != Interop.FluidSynth.Ok)
        {
            throw new SynthException(string.Create(CultureInfo.InvariantCulture, $"FluidSynth refused {name} = {value}: it takes {allowed}"));
        }
    }

    private List<SoundFontPreset> ReadPresets(int id)
    {
        var presets = new List<SoundFontPreset>();
        var font = Interop.FluidSynth.SynthGetSoundFontById(Handle, id);
        if (font == 0)
        {
            return presets;
        }

        Interop.FluidSynth.SoundFontIterationStart(font);
        for (var preset = Interop.FluidSynth.SoundFontIterationNext(font); preset != 0; preset = Interop.FluidSynth.SoundFontIterationNext(font))
        {
            presets.Add(new SoundFontPreset(
                Interop.FluidSynth.PresetGetBank(preset),
                Interop.FluidSynth.PresetGetProgram(preset),
                Marshal.PtrToStringUTF8(Interop.FluidSynth.PresetGetName(preset)) ?? string.Empty));
        }

        return presets;
    }

    private void ApplyQuietly(in NoteEvent message, int channel)
    {
        switch (message.Kind)
        {
            case NoteEventKind.NoteOn:
                if (Interop.FluidSynth.SynthNoteOn(Handle, channel, message.Data1, message.Data2) != Interop.FluidSynth.Ok && message.Data2 > 0)
                {
                    Interlocked.Increment(ref _refusedNoteOns);
                }

                break;
            case NoteEventKind.NoteOff:
                Interop.FluidSynth.SynthNoteOff(Handle, channel, message.Data1);
                break;
            case NoteEventKind.ControlChange:
                Interop.FluidSynth.SynthControlChange(Handle, channel, message.Data1, message.Data2);
                break;
            case NoteEventKind.ProgramChange:
                Interop.FluidSynth.SynthProgramChange(Handle, channel, message.Data1);
                break;
            case NoteEventKind.TimingClock or NoteEventKind.Start or NoteEventKind.Continue or NoteEventKind.Stop:
                // The MIDI clock is for DAWs that follow it; the synthesizer has nothing to play on it.
                break;
            default:
                throw new ArgumentException($"A {message.Kind} event cannot be played.", nameof(message));
        }
    }
}
