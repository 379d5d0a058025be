using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>
/// Keeps libjack's own printing ("Cannot connect to server socket", "JackSocketClientChannel read
/// fail"…) off the user's terminal: it bypasses FluidSynth's log, and Pix2Midi says what went wrong itself.
/// </summary>
internal static unsafe class JackMessages
{
    private static readonly Lock Gate = new();
    private static bool _silenced;

    /// <summary>Routes libjack's errors and information to nowhere, once per process; nothing happens where libjack is missing.</summary>
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
                Interop.Jack.SetErrorFunction(&Ignore);
                Interop.Jack.SetInfoFunction(&Ignore);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libjack: FluidSynth's JACK driver will say so when it starts.
            }
        }
    }

    [UnmanagedCallersOnly]
    private static void Ignore(nint message)
    {
    }
}
