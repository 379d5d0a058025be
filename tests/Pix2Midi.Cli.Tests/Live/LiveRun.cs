using System.CommandLine;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Live;
using Pix2Midi.Cli.Tests.Playback;
using Pix2Midi.Midi.Playback.Live;
using Pix2Midi.Video.Cameras;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Cli.Tests.Live;

/// <summary><c>pix2midi live</c> running in this process, with fake MIDI ports, until the test stops it.</summary>
public sealed class LiveRun : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;

    private LiveRun(FakeMidiBackend backend, CameraListing cameras, LiveOptions options, StreamOptions streams, string[] args)
    {
        Backend = backend;
        var command = LiveCommandFactory.Create(
            () => [backend],
            () => cameras,
            (output, error) => new LiveService(output, error, () => [backend], () => cameras) { Options = options, StreamOptions = streams });
        var root = new RootCommand { command };
        var parse = root.Parse(args);
        _run = Task.Run(() => parse.InvokeAsync(new InvocationConfiguration { Output = Output, Error = Error }, _stop.Token));
    }

    public FakeMidiBackend Backend { get; }

    public SharedWriter Output { get; } = new();

    public SharedWriter Error { get; } = new();

    /// <summary>The one port opened, once it is.</summary>
    public FakePort Port => Backend.Opened.Single();

    public static LiveRun Start(string[] args, LiveOptions? options = null, StreamOptions? streams = null, CameraListing? cameras = null, params string[] ports) =>
        new(
            new FakeMidiBackend("jack", true, ports.Length == 0 ? ["midi-monitor:input"] : ports),
            cameras ?? new CameraListing([], "in /sys/class/video4linux", true),
            options ?? new LiveOptions(),
            streams ?? new StreamOptions(),
            ["live", .. args]);

    /// <summary>Waits for the command to end by itself.</summary>
    public int Wait(TimeSpan timeout) =>
        _run.Wait(timeout) ? _run.Result : throw new TimeoutException($"live did not end within {timeout}:\n{Output.Text}\n{Error.Text}");

    /// <summary>Stops it as Ctrl+C would, and returns its exit code.</summary>
    public int Stop()
    {
        _stop.Cancel();
        return Wait(TimeSpan.FromSeconds(15));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _run.Wait(TimeSpan.FromSeconds(15));
        _stop.Dispose();
    }
}
