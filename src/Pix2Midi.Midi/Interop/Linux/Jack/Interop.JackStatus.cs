namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary><c>jack_status_t</c>: what <c>jack_client_open</c> did, as bits.</summary>
        [Flags]
        internal enum JackStatus
        {
            /// <summary>Nothing to report.</summary>
            None = 0x00,

            /// <summary>The operation failed.</summary>
            Failure = 0x01,

            /// <summary>An option was invalid.</summary>
            InvalidOption = 0x02,

            /// <summary>The client name was taken; a unique one was made up.</summary>
            NameNotUnique = 0x04,

            /// <summary>A server was started for this client.</summary>
            ServerStarted = 0x08,

            /// <summary>No server could be reached (none is running, or it is not this user's).</summary>
            ServerFailed = 0x10,

            /// <summary>The server failed to answer properly.</summary>
            ServerError = 0x20,

            /// <summary>No such client.</summary>
            NoSuchClient = 0x40,

            /// <summary>An internal client could not be loaded.</summary>
            LoadFailure = 0x80,

            /// <summary>An internal client could not be initialised.</summary>
            InitFailure = 0x100,

            /// <summary>Shared memory could not be reached.</summary>
            ShmFailure = 0x200,

            /// <summary>The server speaks another protocol version than this libjack.</summary>
            VersionError = 0x400,

            /// <summary>The server's backend failed.</summary>
            BackendError = 0x800,

            /// <summary>The client was made a zombie by the server.</summary>
            ClientZombie = 0x1000,
        }
    }
}
