using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_settings_setint(fluid_settings_t *settings, const char *name, int val)</c>: sets an integer or on/off setting.</summary>
        /// <returns><see cref="Failed"/> for an unknown name, a value out of range or a setting of another type.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_settings_setint", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SettingsSetInteger(Native.FluidSettingsHandle settings, string name, int value);
    }
}
