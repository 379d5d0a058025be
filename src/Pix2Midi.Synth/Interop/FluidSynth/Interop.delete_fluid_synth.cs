using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>void delete_fluid_synth(fluid_synth_t *synth)</c>: frees a synthesizer and its SoundFonts; no driver may use it any more.</summary>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "delete_fluid_synth")]
        internal static partial void DeleteSynth(nint synth);
    }
}
