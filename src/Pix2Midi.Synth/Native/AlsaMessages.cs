using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>
/// Keeps libasound's own printing ("ALSA lib confmisc.c:855:(parse_card) cannot find card '0'"…)
/// off the user's terminal when FluidSynth's ALSA driver starts: on a machine without a sound card
/// that is the default driver's failure, which Pix2Midi turns into its own line or, when the
/// synthesizer was only tried (no MIDI port), into nothing.
/// </summary>
internal static unsafe class AlsaMessages
{
    private static readonly Lock Gate = new();
    private static bool _silenced;

    /// <summary>Routes libasound's errors to nowhere, once per process; nothing happens where libasound is missing.</summary>
    public static void Silence()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        lock (Gate)
        {
            if (_silenced)
            {
                return;
            }

            _silenced = true;
            try
            {
                _ = Interop.Alsa.LibErrorSetHandler(&Ignore);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libasound: FluidSynth's ALSA driver will say so when it starts.
            }
        }
    }

    [UnmanagedCallersOnly]
    private static void Ignore(nint file, int line, nint function, int error, nint format)
    {
    }
}
