namespace Pix2Midi.Midi;

/// <summary>Native calls, one function per file under <c>Interop/&lt;OS&gt;/&lt;Library&gt;/</c>.</summary>
internal static partial class Interop
{
    /// <summary>The native libraries Pix2Midi's MIDI backends call, by the names the OS loader wants.</summary>
    internal static class Libraries
    {
        /// <summary>Windows multimedia: MIDI output devices (loopMIDI ports among them).</summary>
        internal const string WinMM = "winmm.dll";

        /// <summary>Windows kernel: high-resolution waitable timers, thread priorities.</summary>
        internal const string Kernel32 = "kernel32.dll";

        /// <summary>Windows multimedia class scheduler (MMCSS): the "Pro Audio" task for the threads that carry MIDI timing.</summary>
        internal const string Avrt = "avrt.dll";

        /// <summary>macOS CoreMIDI; loaded from the shared cache on macOS 11+, so never check it exists on disk.</summary>
        internal const string CoreMidi = "/System/Library/Frameworks/CoreMIDI.framework/CoreMIDI";

        /// <summary>macOS CoreFoundation (CFString).</summary>
        internal const string CoreFoundation = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation";

        /// <summary>macOS libSystem (mach_absolute_time, mach_timebase_info, thread_policy_set).</summary>
        internal const string LibSystem = "/usr/lib/libSystem.dylib";

        /// <summary>Linux ALSA, by its soname: the unversioned name exists only with the -dev package.</summary>
        internal const string Alsa = "libasound.so.2";

        /// <summary>The C library (scheduling, nanosleep); the runtime maps "libc" to the system's own (<c>libc.so.6</c> on glibc).</summary>
        internal const string Libc = "libc";

        /// <summary>JACK, by its soname.</summary>
        internal const string Jack = "libjack.so.0";
    }
}
