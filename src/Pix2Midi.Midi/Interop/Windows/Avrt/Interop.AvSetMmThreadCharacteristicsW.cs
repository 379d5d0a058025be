using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Avrt
    {
        /// <summary>The MMCSS task that real-time audio and MIDI programs register their threads with.</summary>
        internal const string ProAudioTask = "Pro Audio";

        /// <summary>
        /// <c>HANDLE AvSetMmThreadCharacteristicsW(LPCWSTR TaskName, LPDWORD TaskIndex)</c>: puts the
        /// calling thread in the multimedia class scheduler's task <paramref name="taskName"/> (a key
        /// under <c>HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Multimedia\SystemProfile\Tasks</c>).
        /// </summary>
        /// <param name="taskName"><see cref="ProAudioTask"/>.</param>
        /// <param name="taskIndex">0 on the first call.</param>
        /// <returns>The task's handle, for <see cref="AvRevertMmThreadCharacteristics"/> on the same thread; 0 on failure.</returns>
        [LibraryImport(Libraries.Avrt, EntryPoint = "AvSetMmThreadCharacteristicsW", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        internal static partial nint AvSetMmThreadCharacteristics(string taskName, ref uint taskIndex);
    }
}
