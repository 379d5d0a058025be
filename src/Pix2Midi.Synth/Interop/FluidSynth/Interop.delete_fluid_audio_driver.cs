using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>void delete_fluid_audio_driver(fluid_audio_driver_t *driver)</c>: stops a driver; its thread has ended when this returns.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "delete_fluid_audio_driver")]
        internal static partial void DeleteAudioDriver(nint driver);
    }
}
