using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.Jack;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>Opening clients, and turning libjack's results into one line a musician understands.</summary>
[SupportedOSPlatform("linux")]
internal static unsafe class JackLibrary
{
    /// <summary>Why JACK cannot be used when libjack itself is missing.</summary>
    public const string NotInstalled = "JACK is not installed (libjack.so.0 is missing): install jackd2 or pipewire-jack, or pick another port";

    private static readonly Lock QuietLock = new();
    private static bool _quiet;

    /// <summary>How long a server may take to answer a new client before Pix2Midi says it does not answer.</summary>
    /// <remarks>A loaded server answers in milliseconds; one that takes this long is stuck or stopped.</remarks>
    public static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(10);

    private static int _opened;

    /// <summary>How many clients this process has opened (for tests: each is a round trip to the server and a close that libjack was seen to stall in).</summary>
    internal static int ClientsOpened => Volatile.Read(ref _opened);

    /// <summary>Opens a client without ever starting a server; an invalid handle and <paramref name="status"/> on failure, null when the server did not answer within <see cref="AnswerLimit"/>.</summary>
    /// <param name="clientName">The client name (JACK makes it unique).</param>
    /// <param name="serverName">The server, or null for <c>JACK_DEFAULT_SERVER</c> or "default".</param>
    /// <param name="status">What libjack reported.</param>
    /// <exception cref="DllNotFoundException">libjack is not installed.</exception>
    public static JackClientHandle? TryOpen(string clientName, string? serverName, out JackStatus status)
    {
        Silence();
        var answered = JackBoundedCall<(JackClientHandle Client, JackStatus Status)>.TryRun(
            "Pix2Midi JACK open",
            () =>
            {
                var client = serverName is null
                    ? ClientOpen(clientName, JackOptions.NoStartServer, out var status)
                    : ClientOpen(clientName, JackOptions.NoStartServer | JackOptions.ServerName, out status, serverName);
                return (client, status);
            },
            AnswerLimit,
            static late => late.Client.Dispose(),
            out var opened);
        status = opened.Status;
        if (answered && !opened.Client.IsInvalid)
        {
            Interlocked.Increment(ref _opened);
        }

        return answered ? opened.Client : null;
    }

    /// <summary>Opens a client or throws the reason as a <see cref="MidiOutputException"/>.</summary>
    public static JackClientHandle Open(string clientName, string? serverName)
    {
        JackClientHandle? client;
        JackStatus status;
        try
        {
            client = TryOpen(clientName, serverName, out status);
        }
        catch (DllNotFoundException e)
        {
            throw new MidiOutputException(NotInstalled, e);
        }

        if (client is null)
        {
            throw new MidiOutputException(NoAnswer(serverName));
        }

        if (client.IsInvalid)
        {
            client.Dispose();
            throw new MidiOutputException(Describe(status, serverName)) { NativeCode = (int)status };
        }

        return client;
    }

    /// <summary>One line for a server that did not answer a new client within <see cref="AnswerLimit"/>.</summary>
    public static string NoAnswer(string? serverName) => JackClientHandle.AbandonedCloses > 0
        ? $"JACK does not answer (waited {AnswerLimit.TotalSeconds:0} s) since an earlier client of Pix2Midi's did not close: restart Pix2Midi; if it happens again, restart the JACK server, or pick another port"
        : $"the JACK server{(serverName is null ? string.Empty : $" \"{serverName}\"")} does not answer (waited {AnswerLimit.TotalSeconds:0} s): it is stuck or stopped; restart it (jackd or QjackCtl), or pick another port";

    /// <summary>One line for a failed <c>jack_client_open</c>.</summary>
    public static string Describe(JackStatus status, string? serverName)
    {
        if ((status & JackStatus.ServerFailed) != 0)
        {
            return serverName is null
                ? "no JACK server is running: start one with jackd or QjackCtl, or pick another port"
                : $"no JACK server named \"{serverName}\" is running: start one with jackd or QjackCtl, or pick another port";
        }

        if ((status & JackStatus.VersionError) != 0)
        {
            return "the running JACK server speaks another protocol version than this libjack: install matching JACK packages, or pick another port";
        }

        if ((status & JackStatus.ShmFailure) != 0)
        {
            return "JACK's shared memory cannot be reached (is the server run by another user?): run jackd as yourself, or pick another port";
        }

        return $"the JACK server refused Pix2Midi's client (status 0x{(int)status:X}): restart the server, or pick another port";
    }

    /// <summary>A UTF-8 string owned by libjack, copied.</summary>
    public static string Text(nint utf8) => Marshal.PtrToStringUTF8(utf8) ?? string.Empty;

    /// <summary>Routes libjack's own messages to a no-op, once per process, before its first client.</summary>
    private static void Silence()
    {
        lock (QuietLock)
        {
            if (_quiet)
            {
                return;
            }

            SetErrorFunction(&JackCallbacks.Ignore);
            SetInfoFunction(&JackCallbacks.Ignore);
            _quiet = true;
        }
    }
}
