using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary>
        /// <c>fluid_audio_driver_t *new_fluid_audio_driver(fluid_settings_t *settings, fluid_synth_t *synth)</c>:
        /// starts the driver named by <c>audio.driver</c>, which renders <paramref name="synth"/> on its own thread.
        /// </summary>
        /// <returns>The driver, or an invalid handle when it could not start (the reason is logged).</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "new_fluid_audio_driver")]
        internal static partial Native.FluidAudioDriverHandle NewAudioDriver(Native.FluidSettingsHandle settings, Native.FluidSynthHandle synth);
    }
}
