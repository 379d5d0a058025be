namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary><c>jack_options_t</c>: how <c>jack_client_open</c> opens a client.</summary>
        [Flags]
        internal enum JackOptions
        {
            /// <summary>No option.</summary>
            None = 0x00,

            /// <summary>Never start a server when none is running (Pix2Midi always passes it).</summary>
            NoStartServer = 0x01,

            /// <summary>Fail rather than rename the client when its name is taken.</summary>
            UseExactName = 0x02,

            /// <summary>The next argument names the server to connect to.</summary>
            ServerName = 0x04,
        }
    }
}
