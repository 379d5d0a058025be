using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class FluidSynth
    {
        /// <summary>
        /// <c>fluid_log_function_t fluid_set_log_function(int level, fluid_log_function_t fun, void *data)</c>:
        /// where messages of one level go, for the whole process; a null function drops them.
        /// </summary>
        /// <param name="level">0 panic, 1 error, 2 warning, 3 information, 4 debug.</param>
        /// <param name="function"><c>void fun(int level, const char *message, void *data)</c>, or null.</param>
        /// <param name="data">Handed back to <paramref name="function"/>.</param>
        /// <returns>The function that was set before.</returns>
        [LibraryImport(Libraries.FluidSynth, EntryPoint = "fluid_set_log_function")]
        internal static unsafe partial nint SetLogFunction(int level, delegate* unmanaged[Cdecl]<int, byte*, nint, void> function, nint data);
    }
}
