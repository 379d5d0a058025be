using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>
/// FluidSynth's own messages: never printed (Pix2Midi says what went wrong itself), but panics,
/// errors and warnings are kept so a failure can say why.
/// </summary>
/// <remarks>
/// <para>
/// FluidSynth's log table is one per process. <see cref="Install"/> points its panic, error and
/// warning levels at <see cref="OnMessage"/> and drops information and debug messages.
/// </para>
/// <para>
/// A message logged on a thread inside <see cref="Capture"/> (a font load, a driver start: the
/// calls that log their reason on the calling thread) goes to that capture. One logged on a
/// thread inside <see cref="BeginQuiet"/> (events sent in real time, whose warnings such as
/// "no preset" are expected) is dropped. Any other panic or error (FluidSynth's own threads: an
/// audio driver that lost its device or server) goes to the <see cref="Listen"/>ers.
/// </para>
/// </remarks>
internal static unsafe class FluidSynthLog
{
    private const int Panic = 0;
    private const int Error = 1;
    private const int Warning = 2;
    private const int LastLevel = 4;

    private static readonly Lock Gate = new();
    private static Action<string>[] _listeners = [];

    [ThreadStatic]
    private static List<string>? _captured;

    [ThreadStatic]
    private static int _quiet;

    /// <summary>Routes FluidSynth's log levels: errors and warnings here, the rest nowhere.</summary>
    public static void Install()
    {
        for (var level = Panic; level <= LastLevel; level++)
        {
            Interop.FluidSynth.SetLogFunction(level, level <= Warning ? &OnMessage : null, 0);
        }
    }

    /// <summary>Collects what FluidSynth logs on this thread until the returned scope is disposed.</summary>
    public static Capture Capture() => new();

    /// <summary>Drops what FluidSynth logs on this thread until <see cref="EndQuiet"/>; allocation-free.</summary>
    public static void BeginQuiet() => _quiet++;

    /// <summary>Ends <see cref="BeginQuiet"/>.</summary>
    public static void EndQuiet() => _quiet--;

    /// <summary>Calls <paramref name="listener"/> with each panic or error logged outside any capture or quiet thread, from whichever thread logged it.</summary>
    public static void Listen(Action<string> listener)
    {
        lock (Gate)
        {
            _listeners = [.. _listeners, listener];
        }
    }

    /// <summary>Stops calling <paramref name="listener"/>.</summary>
    public static void Unlisten(Action<string> listener)
    {
        lock (Gate)
        {
            _listeners = [.. _listeners.Where(l => l != listener)];
        }
    }

    /// <summary>Starts collecting on this thread; the previous collection, if any, is returned to be put back.</summary>
    internal static List<string>? StartCapture(List<string> messages)
    {
        var previous = _captured;
        _captured = messages;
        return previous;
    }

    /// <summary>Puts back the collection <see cref="StartCapture"/> replaced.</summary>
    internal static void EndCapture(List<string>? previous) => _captured = previous;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(int level, byte* message, nint data)
    {
        try
        {
            if (_quiet > 0)
            {
                return;
            }

            var text = (Marshal.PtrToStringUTF8((nint)message) ?? string.Empty).Trim();
            if (_captured is { } captured)
            {
                captured.Add(text);
                return;
            }

            if (level <= Error)
            {
                foreach (var listener in Volatile.Read(ref _listeners))
                {
                    listener(text);
                }
            }
        }
        catch (Exception)
        {
            // Nothing may unwind into FluidSynth's C frames; a lost message only makes a reason vaguer.
        }
    }
}
