using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Opens a client of the default server (<c>JACK_DEFAULT_SERVER</c>, else "default").</summary>
        /// <param name="clientName">The client name; JACK makes it unique unless <see cref="JackOptions.UseExactName"/> is given.</param>
        /// <param name="options">A <see cref="JackOptions"/> combination, without <see cref="JackOptions.ServerName"/>.</param>
        /// <param name="status">A <see cref="JackStatus"/> combination saying what happened.</param>
        /// <returns>The client, or an invalid handle when it could not be opened.</returns>
        /// <remarks>
        /// <c>jack_client_open</c> is variadic in C. A fixed prototype is a valid way to call it on
        /// the Linux x86_64 and arm64 ABIs, where variadic integer and pointer arguments travel
        /// exactly like fixed ones; libjack reads one extra argument per option that wants one.
        /// </remarks>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_client_open", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial Backends.Jack.JackClientHandle ClientOpen(string clientName, JackOptions options, out JackStatus status);

        /// <summary>Opens a client of the named server: the same function with <see cref="JackOptions.ServerName"/> and its argument.</summary>
        /// <param name="clientName">The client name.</param>
        /// <param name="options">A <see cref="JackOptions"/> combination that includes <see cref="JackOptions.ServerName"/>.</param>
        /// <param name="status">A <see cref="JackStatus"/> combination saying what happened.</param>
        /// <param name="serverName">The server, as started with <c>jackd -n</c>.</param>
        /// <returns>The client, or an invalid handle when it could not be opened.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_client_open", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial Backends.Jack.JackClientHandle ClientOpen(string clientName, JackOptions options, out JackStatus status, string serverName);
    }
}
