using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>
/// Keeps the printing of the libraries FluidSynth's audio drivers load off the user's terminal:
/// libjack's ("Cannot connect to server socket", "JackSocketClientChannel read fail"…) and
/// libasound's ("ALSA lib confmisc.c:855:(parse_card) cannot find card '0'"…). Both bypass
/// FluidSynth's log; Pix2Midi says what went wrong itself, or nothing when the synthesizer was only
/// tried (no MIDI port, no sound card).
/// </summary>
/// <remarks>Each library's handlers are process-wide and set once; nothing happens where a library is missing.</remarks>
internal static unsafe class NativeMessages
{
    private static readonly Lock Gate = new();
    private static bool _jack;
    private static bool _alsa;

    /// <summary>Routes libjack's errors and information to nowhere.</summary>
    public static void SilenceJack() => Once(ref _jack, static () =>
    {
        if (OperatingSystem.IsLinux())
        {
            Interop.Jack.SetErrorFunction(&IgnoreJack);
            Interop.Jack.SetInfoFunction(&IgnoreJack);
        }
    });

    /// <summary>Routes libasound's errors to nowhere.</summary>
    public static void SilenceAlsa() => Once(ref _alsa, static () => _ = Interop.Alsa.LibErrorSetHandler(&IgnoreAlsa));

    private static void Once(ref bool done, Action silence)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        lock (Gate)
        {
            if (done)
            {
                return;
            }

            done = true;
            try
            {
                silence();
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // The library is not installed: the driver that needs it says so when it starts.
            }
        }
    }

    [UnmanagedCallersOnly]
    private static void IgnoreJack(nint message)
    {
    }

    [UnmanagedCallersOnly]
    private static void IgnoreAlsa(nint file, int line, nint function, int error, nint format)
    {
    }
}
