using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Inside the process callback: the frame the current period starts at.</summary>
        /// <param name="client">The raw client (a SafeHandle has no place on the real-time thread).</param>
        /// <returns>A frame count that wraps at 2³².</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_last_frame_time")]
        internal static partial uint LastFrameTime(nint client);
    }
}
