using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_preset_get_banknum(fluid_preset_t *preset)</c>: the preset's bank (128 for drum kits).</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_preset_get_banknum")]
        internal static partial int PresetGetBank(nint preset);
    }
}
