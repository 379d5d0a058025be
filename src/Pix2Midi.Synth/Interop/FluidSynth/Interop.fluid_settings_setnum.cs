using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_settings_setnum(fluid_settings_t *settings, const char *name, double val)</c>: sets a number setting (sample rate, gain, levels).</summary>
        /// <returns><see cref="Failed"/> for an unknown name, a value out of range or a setting of another type.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_settings_setnum", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SettingsSetNumber(Native.FluidSettingsHandle settings, string name, double value);
    }
}
