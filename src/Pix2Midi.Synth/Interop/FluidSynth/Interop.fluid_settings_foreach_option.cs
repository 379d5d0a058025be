using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary>
        /// <c>void fluid_settings_foreach_option(fluid_settings_t *settings, const char *name, void *data, fluid_settings_foreach_option_t func)</c>:
        /// calls <paramref name="callback"/> with each value a string setting allows (for <c>audio.driver</c>: the drivers compiled in), in alphabetical order.
        /// </summary>
        /// <param name="settings">The settings.</param>
        /// <param name="name">The setting.</param>
        /// <param name="data">Handed back to <paramref name="callback"/>.</param>
        /// <param name="callback"><c>void func(void *data, const char *name, const char *option)</c>.</param>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_settings_foreach_option", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial void SettingsForEachOption(Native.FluidSettingsHandle settings, string name, nint data, delegate* unmanaged[Cdecl]<nint, byte*, byte*, void> callback);
    }
}
