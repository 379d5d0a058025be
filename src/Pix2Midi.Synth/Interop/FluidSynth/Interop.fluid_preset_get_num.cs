using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_preset_get_num(fluid_preset_t *preset)</c>: the preset's program number, 0–127.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_preset_get_num")]
        internal static partial int PresetGetProgram(nint preset);
    }
}
