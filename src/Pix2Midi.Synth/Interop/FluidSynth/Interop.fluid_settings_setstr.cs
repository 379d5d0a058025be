using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_settings_setstr(fluid_settings_t *settings, const char *name, const char *str)</c>: sets a string setting.</summary>
        /// <returns><see cref="Failed"/> for an unknown name or a setting of another type.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_settings_setstr", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SettingsSetString(Native.FluidSettingsHandle settings, string name, string value);
    }
}
