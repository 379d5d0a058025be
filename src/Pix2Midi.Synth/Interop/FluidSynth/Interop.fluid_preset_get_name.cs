using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>const char *fluid_preset_get_name(fluid_preset_t *preset)</c>: the preset's name, owned by the font.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_preset_get_name")]
        internal static partial nint PresetGetName(nint preset);
    }
}
