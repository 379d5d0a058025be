using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>fluid_synth_t *new_fluid_synth(fluid_settings_t *settings)</c>: a synthesizer that reads <c>synth.*</c> settings now, once.</summary>
        /// <returns>The synthesizer, or an invalid handle (the reason is logged).</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "new_fluid_synth")]
        internal static partial Native.FluidSynthHandle NewSynth(Native.FluidSettingsHandle settings);
    }
}
