using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Runtime.Versioning;
using static Pix2Midi.Midi.Interop.Jack;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>
/// One <c>jack_client_open</c> on a thread of its own, waited for with a time limit: libjack waits
/// for the server's answer without one, so a server that is stuck (or stopped with SIGSTOP) would
/// otherwise hold Pix2Midi silently, before it has said a word.
/// </summary>
/// <remarks>
/// A client that opens only after the caller gave up is closed at once by the opening thread, so
/// no client is left behind in the server. The thread is a background one: a process that gave up
/// exits without waiting for libjack.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class JackOpenAttempt
{
    private readonly object _gate = new();
    private readonly string _clientName;
    private readonly string? _serverName;
    private JackClientHandle? _client;
    private JackStatus _status;
    private ExceptionDispatchInfo? _failure;
    private bool _done;
    private bool _abandoned;

    private JackOpenAttempt(string clientName, string? serverName)
    {
        _clientName = clientName;
        _serverName = serverName;
    }

    /// <summary>Opens a client without starting a server, waiting at most <paramref name="limit"/> for the server to answer.</summary>
    /// <returns>The client (invalid when the server refused, with <paramref name="status"/> saying why), or null when the server did not answer in time.</returns>
    /// <exception cref="DllNotFoundException">libjack is not installed.</exception>
    public static JackClientHandle? Run(string clientName, string? serverName, TimeSpan limit, out JackStatus status)
    {
        var attempt = new JackOpenAttempt(clientName, serverName);
        var thread = new Thread(attempt.Open) { IsBackground = true, Name = "Pix2Midi JACK open" };
        thread.Start();
        lock (attempt._gate)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
            while (!attempt._done)
            {
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero)
                {
                    attempt._abandoned = true;
                    status = default;
                    return null;
                }

                Monitor.Wait(attempt._gate, left);
            }
        }

        attempt._failure?.Throw();
        status = attempt._status;
        return attempt._client;
    }

    private void Open()
    {
        JackClientHandle? client = null;
        var status = default(JackStatus);
        ExceptionDispatchInfo? failure = null;
        try
        {
            client = _serverName is null
                ? ClientOpen(_clientName, JackOptions.NoStartServer, out status)
                : ClientOpen(_clientName, JackOptions.NoStartServer | JackOptions.ServerName, out status, _serverName);
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        lock (_gate)
        {
            if (_abandoned)
            {
                client?.Dispose();
                return;
            }

            (_client, _status, _failure, _done) = (client, status, failure, true);
            Monitor.PulseAll(_gate);
        }
    }
}
