using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>fluid_settings_t *new_fluid_settings(void)</c>: a settings object with every default.</summary>
        /// <returns>The settings, or an invalid handle when out of memory.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "new_fluid_settings")]
        internal static partial Native.FluidSettingsHandle NewSettings();
    }
}
