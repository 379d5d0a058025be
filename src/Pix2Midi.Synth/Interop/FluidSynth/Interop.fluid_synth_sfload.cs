using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_synth_sfload(fluid_synth_t *synth, const char *filename, int reset_presets)</c>: loads a SoundFont (UTF-8 path).</summary>
        /// <returns>The font's id, 1 or more, or <see cref="Failed"/> (the reason is logged).</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_synth_sfload", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SynthLoadSoundFont(Native.FluidSynthHandle synth, string path, int resetPresets);
    }
}
