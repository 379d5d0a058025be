using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Synth.Native;
using Pix2Midi.Synth.SoundFonts;

namespace Pix2Midi.Synth.Realtime;

/// <summary>
/// Plays events as they come on a FluidSynth synthesizer that an audio driver (JACK, PulseAudio,
/// PipeWire, ALSA, CoreAudio, WASAPI…) renders to the sound card: an <see cref="IMidiOutput"/> that
/// makes sound itself.
/// </summary>
/// <remarks>
/// <para>
/// The driver renders on its own native thread, and nothing managed runs there. <see cref="Send"/>
/// applies the event at once (<see cref="Lookahead"/> is zero), through FluidSynth's thread-safe
/// API; it sounds from the driver's next period, so its jitter is up to one period. Allocation-free.
/// </para>
/// <para>
/// For JACK, <c>JACK_NO_START_SERVER=1</c> is set in the C environment (unless it is set already)
/// so a missing server fails at once instead of libjack trying to start one; the client is named
/// <see cref="SynthOutputOptions.JackClientName"/>; JACK's sample rate wins over the synthesizer's.
/// </para>
/// <para>
/// When the driver loses its device or server (FluidSynth logs an error from its audio thread),
/// the next <see cref="Send"/> throws <see cref="MidiOutputException"/>, so that an
/// <see cref="OutputGuard"/> drops this output only. Disposing silences every voice, then deletes
/// the driver, the synthesizer and the settings, in that order.
/// </para>
/// </remarks>
public sealed class SynthOutput : IMidiOutput
{
    private readonly Synthesizer _synth;
    private readonly FluidAudioDriverHandle _driver;
    private readonly Action<string> _onError;
    private volatile string? _lostReason;
    private bool _disposed;

    private SynthOutput(Synthesizer synth, FluidAudioDriverHandle driver, string driverName)
    {
        _synth = synth;
        _driver = driver;
        Driver = driverName;
        Port = new MidiPortInfo("synth", $"FluidSynth {FluidSynthLibrary.Version} ({driverName})", driverName);
        _onError = reason => _lostReason ??= reason;
        FluidSynthLog.Listen(_onError);
    }

    /// <inheritdoc />
    /// <remarks>Backend <c>synth</c>, named like <c>FluidSynth 2.3.1 (jack)</c> (so <c>synth:FluidSynth 2.3.1 (jack)</c> in full); its id is the driver's name.</remarks>
    public MidiPortInfo Port { get; }

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <summary>The audio driver playing it, such as <c>jack</c>.</summary>
    public string Driver { get; }

    /// <summary>The SoundFont it plays.</summary>
    public LoadedSoundFont SoundFont => _synth.SoundFont!;

    /// <summary>Note-ons FluidSynth could not play so far (no preset on that channel).</summary>
    public long RefusedNoteOns => _synth.RefusedNoteOns;

    /// <summary>Loads the SoundFont and starts the audio driver.</summary>
    /// <exception cref="SynthException">
    /// FluidSynth is missing, the font cannot be used, or the driver cannot start: one line naming
    /// the driver, FluidSynth's reason and the drivers this FluidSynth has.
    /// </exception>
    public static SynthOutput Open(SynthOutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The driver starts before the font loads: where there is no audio output (a server without
        // sound, the default tried when no MIDI port is found) that is known before a large font's
        // half second of loading; FluidSynth renders silence until the font is in.
        var synth = Synthesizer.Create(options.Synth);
        try
        {
            var settings = synth.Settings;
            if (!OperatingSystem.IsWindows())
            {
                // libjack reads it with getenv: Environment.SetEnvironmentVariable would not reach it.
                Interop.Libc.SetEnv("JACK_NO_START_SERVER", "1", 0);
            }

            if (options.Driver is { Length: > 0 } requested)
            {
                // FluidSynth takes any name here and refuses an unknown one only when the driver starts.
                Interop.FluidSynth.SettingsSetString(settings, "audio.driver", requested);
            }

            if (options.PeriodFrames is { } periodFrames && Interop.FluidSynth.SettingsSetInteger(settings, "audio.period-size", periodFrames) != Interop.FluidSynth.Ok)
            {
                throw new SynthException($"FluidSynth refused a period of {periodFrames} frames: it takes 64 to 8192");
            }

            if (options.Periods is { } periods && Interop.FluidSynth.SettingsSetInteger(settings, "audio.periods", periods) != Interop.FluidSynth.Ok)
            {
                throw new SynthException($"FluidSynth refused {periods} periods: it takes 2 to 64");
            }

            var driverName = AudioDrivers.Current(settings);

            // Any driver may reach libasound (ALSA itself, SDL, PulseAudio's ALSA plugin): its own
            // printing never reaches the terminal; FluidSynth's reason is said in Pix2Midi's line.
            NativeMessages.SilenceAlsa();
            if (driverName == "jack")
            {
                NativeMessages.SilenceJack();
                // These settings exist only when FluidSynth has JACK, which the driver's start then says.
                Interop.FluidSynth.SettingsSetString(settings, "audio.jack.id", options.JackClientName);
                Interop.FluidSynth.SettingsSetInteger(settings, "audio.jack.autoconnect", options.JackAutoConnect ? 1 : 0);
                if (options.JackServer is { Length: > 0 } server)
                {
                    Interop.FluidSynth.SettingsSetString(settings, "audio.jack.server", server);
                }
            }

            FluidAudioDriverHandle driver;
            string reason;
            using (var capture = FluidSynthLog.Capture())
            {
                driver = Interop.FluidSynth.NewAudioDriver(settings, synth.Handle);
                reason = capture.Reason("FluidSynth gave no reason");
            }

            if (driver.IsInvalid)
            {
                driver.Dispose();
                throw new SynthException($"the audio driver \"{driverName}\" could not start ({reason}); this FluidSynth has the drivers {string.Join(", ", AudioDrivers.Available(settings))}");
            }

            driver.DependOn(synth.Handle, settings);
            var output = new SynthOutput(synth, driver, driverName);
            try
            {
                synth.LoadSoundFont(options.SoundFontPath);
            }
            catch
            {
                output.Dispose();
                throw;
            }

            return output;
        }
        catch
        {
            synth.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Applies <paramref name="message"/> now; <paramref name="dueTimestamp"/> is not used (the player calls at the due time).</remarks>
    public void Send(NoteEvent message, long dueTimestamp)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_lostReason is { } reason)
        {
            throw new MidiOutputException($"the synth's audio driver ({Driver}) stopped ({reason.Replace("Help! ", string.Empty, StringComparison.Ordinal).TrimEnd('.')}): start the sound server or device again and restart Pix2Midi, or pick another driver");
        }

        _synth.Apply(message);
    }

    /// <inheritdoc />
    /// <returns>True unless the driver has stopped: every event is applied when sent.</returns>
    public bool Drain(TimeSpan timeout) => _lostReason is null;

    /// <summary>Releases every note (they fade out as released notes do).</summary>
    public void AllNotesOff() => _synth.AllNotesOff();

    /// <summary>Silences every voice at once.</summary>
    public void AllSoundsOff() => _synth.AllSoundsOff();

    /// <summary>Silences every voice, then deletes the driver, the synthesizer and the settings.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        FluidSynthLog.Unlisten(_onError);
        _synth.AllSoundsOff();
        _driver.Dispose();
        _synth.Dispose();
    }
}
