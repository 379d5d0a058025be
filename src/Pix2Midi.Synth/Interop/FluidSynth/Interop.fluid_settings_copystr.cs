using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_settings_copystr(fluid_settings_t *settings, const char *name, char *str, int len)</c>: copies a string setting, NUL-terminated, cut to <paramref name="length"/>.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_settings_copystr", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial int SettingsCopyString(Native.FluidSettingsHandle settings, string name, byte* buffer, int length);
    }
}
