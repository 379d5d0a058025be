using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>An estimate of the current time in frames, for threads other than the process callback.</summary>
        /// <returns>A frame count that wraps at 2³².</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_frame_time")]
        internal static partial uint FrameTime(Backends.Jack.JackClientHandle client);
    }
}
