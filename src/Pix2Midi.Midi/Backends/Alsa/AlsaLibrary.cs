using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>Opening the sequencer quietly, and ALSA's error codes as text.</summary>
[SupportedOSPlatform("linux")]
internal static unsafe class AlsaLibrary
{
    /// <summary>Why ALSA cannot be used when libasound itself is missing.</summary>
    public const string NotInstalled = "ALSA's library (libasound.so.2) is not installed: install libasound2, or use JACK, or render a MIDI file";

    private static readonly Lock QuietLock = new();
    private static bool _quiet;

    /// <summary>One line for a sequencer device that does not exist.</summary>
    public static string Missing(string device) =>
        $"the ALSA sequencer is not available ({device} is missing): load it with `sudo modprobe snd-seq`, or use JACK, or render a MIDI file";

    /// <summary>One line for a sequencer that exists but would not open.</summary>
    public static string CannotOpen(int error) =>
        $"the ALSA sequencer cannot be opened ({Text(error)}): {(error == -13 ? "add yourself to the audio group and log in again, or " : string.Empty)}use JACK, or render a MIDI file";

    /// <summary>Opens the sequencer for output, non-blocking, with libasound's own error printing silenced.</summary>
    /// <param name="sequencer">The sequencer, invalid on failure.</param>
    /// <returns>0, or a negative errno.</returns>
    /// <exception cref="DllNotFoundException">libasound is not installed.</exception>
    /// <remarks>Non-blocking: a send never waits for a receiver that does not read (<see cref="AlsaDelivery"/>).</remarks>
    public static int TryOpen(out AlsaSequencerHandle sequencer)
    {
        Silence();
        return Interop.Alsa.SeqOpen(out sequencer, "default", Interop.Alsa.OpenOutput, Interop.Alsa.NonBlocking);
    }

    /// <summary>Opens the sequencer for output, or throws why as a <see cref="MidiOutputException"/>.</summary>
    /// <param name="device">The device file that must exist first (<c>/dev/snd/seq</c>).</param>
    public static AlsaSequencerHandle Open(string device)
    {
        if (!File.Exists(device))
        {
            throw new MidiOutputException(Missing(device));
        }

        int result;
        AlsaSequencerHandle sequencer;
        try
        {
            result = TryOpen(out sequencer);
        }
        catch (DllNotFoundException e)
        {
            throw new MidiOutputException(NotInstalled, e);
        }

        if (result < 0)
        {
            sequencer.Dispose();
            throw new MidiOutputException(CannotOpen(result)) { NativeCode = result };
        }

        return sequencer;
    }

    /// <summary>The text of an ALSA error code, such as "No such file or directory".</summary>
    public static string Text(int error) => Marshal.PtrToStringUTF8(Interop.Alsa.StrError(error)) ?? $"error {error}";

    /// <summary>A UTF-8 string owned by libasound, copied.</summary>
    public static string Copy(nint utf8) => Marshal.PtrToStringUTF8(utf8) ?? string.Empty;

    /// <summary>Routes libasound's own error messages to a no-op, once per process, before the first open.</summary>
    private static void Silence()
    {
        lock (QuietLock)
        {
            if (_quiet)
            {
                return;
            }

            Interop.Alsa.LibErrorSetHandler(&Ignore);
            _quiet = true;
        }
    }

    [UnmanagedCallersOnly]
    private static void Ignore(nint file, int line, nint function, int error, nint format)
    {
    }
}
