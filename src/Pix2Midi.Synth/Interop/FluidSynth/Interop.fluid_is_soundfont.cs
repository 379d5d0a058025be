using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary><c>int fluid_is_soundfont(const char *filename)</c>: whether a file looks like something FluidSynth can load (SF2, SF3, or DLS with libinstpatch).</summary>
        /// <returns>1 when it does, else 0.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_is_soundfont", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int IsSoundFont(string path);
    }
}
