using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>void delete_fluid_settings(fluid_settings_t *settings)</c>: frees settings no synth or driver uses any more.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "delete_fluid_settings")]
        internal static partial void DeleteSettings(nint settings);
    }
}
