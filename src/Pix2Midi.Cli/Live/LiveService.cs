using System.Globalization;
using Pix2Midi.Cli.Terminal;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Playback;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;
using Pix2Midi.Midi.Timing;
using Pix2Midi.Video.Cameras;
using Pix2Midi.Video.Live;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Cli.Live;

/// <summary>
/// <c>pix2midi live</c>: plays a camera or a stream URL as it happens, to MIDI ports (or the
/// console), with <c>--record</c>, <c>--stats</c> and <c>--preview</c>; survives the source going
/// away; never leaves a note hanging.
/// </summary>
/// <remarks>
/// Without <c>--give-up-after</c> the source is opened before anything plays, so a camera or URL
/// that does not work is one line and exit 1. With it, the run may start before the source is
/// there (an installation booting before its camera) and waits that long for it.
/// </remarks>
internal sealed class LiveService(TextWriter output, TextWriter error, Func<IReadOnlyList<IMidiBackend>> backends, Func<CameraListing> cameras)
{
    /// <summary>Stall and retry timings (tests shorten them).</summary>
    public LiveOptions Options { get; init; } = new();

    /// <summary>Stream timeouts (tests shorten them).</summary>
    public StreamOptions StreamOptions { get; init; } = new();

    public int Run(LiveRequest request, CancellationToken cancellationToken) =>
        CommandErrors.Run(error, () => Play(request, cancellationToken), "Stopped.");

    private int Play(LiveRequest request, CancellationToken cancellationToken)
    {
        AtomicOutputFile.RequireExtension(request.Record, "the recording", ".mid", ".midi");
        AtomicOutputFile.RequireExtension(request.Stats, "the statistics file", ".json");
        var messages = TextWriter.Synchronized(output);
        using var record = request.Record is null ? null : AtomicOutputFile.Create(request.Record);
        using var stats = request.Stats is null ? null : AtomicOutputFile.Create(request.Stats);
        var mappingPath = MappingResolver.Resolve(request.Mapping);
        var mapping = MappingLoader.Load(mappingPath);

        // Colour when a region reads it or the preview shows the picture; otherwise luma only.
        var planes = RunService.PlanesFor(mapping, request.Preview);
        var source = request.Source is { } url
            ? LiveSource.FromUrl(url, StreamOptions with { Planes = planes })
            : LiveSource.FromCamera(CameraSelector.Resolve(request.Camera, cameras()), planes);
        var choice = PortSelector.Choose(backends(), request.Ports, request.Virtual);
        IFrameSource? opened = request.GiveUpAfter is null ? source.Open(cancellationToken) : null;
        try
        {
            using var outputs = OpenedOutputs.OpenForPlaying(choice, request.Ports, request.Virtual, request.Sound, record is not null, messages);
            var recorder = outputs.Recorder;
            var destinations = outputs.Destinations;
            var size = opened is null ? " (waiting for it)" : Invariant($" ({opened.Info.Width}×{opened.Info.Height})");
            messages.WriteLine($"Playing live from {source.Name}{size} with {mapping.Name}{MusicalTimeText.Describe(mapping.Time)} to {destinations}. Ctrl+C stops.");
            if (request.Clock)
            {
                messages.WriteLine(ClockLine.Describe(outputs.Outputs, mapping.Time, live: true));
            }

            if (!outputs.IsConsole && !RealtimePriority.IsAllowed())
            {
                // To a real port, timing is what matters: say once why it may wobble, and how to fix it.
                messages.WriteLine(RealtimePriority.RefusedHint);
            }

            var reload = new ManualReload(mappingPath, messages);
            using var preview = request.Preview
                ? PreviewWindow.Open($"Pix2Midi - {source.Name}", mapping, new PreviewState(live: true, null, canPause: false), new PreviewFrames(3, newestOnly: true), messages, reload.Reload)
                : null;
            if (preview is not null)
            {
                outputs.Add(preview.Notes);
                reload.Loaded += preview.SetMapping;
            }

            using var watcher = Watch(mappingPath, messages, preview, planes, source.IsCamera);
            var statusWriter = request.ShowStatus && !outputs.IsConsole && InteractiveTerminal.Shows(error) ? error : null;
            var console = new LiveConsole(outputs.Lines, statusWriter);
            ILiveObserver observer = preview is null ? console : new LiveObservers(console, new LivePreviewFeed(preview));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, preview?.Quit ?? CancellationToken.None);
            var player = new LivePlayer(outputs.Outputs, Options with { GiveUpAfter = request.GiveUpAfter, Clock = request.Clock }, observer);
            var handedOver = opened;
            opened = null;
            LiveResult result;
            try
            {
                result = player.Play(source.Name, source.Open, handedOver, mapping, () => watcher?.TakeLatest() ?? reload.Take(), stop.Token);
            }
            finally
            {
                console.Clear();
            }

            if (record is not null && recorder is not null)
            {
                RecordFile.Write(record, recorder.Messages, null, mapping.Time, $"{mapping.Name}: {source.Name}");
            }

            if (stats is not null)
            {
                LiveStatsFile.Write(stats, result, source.Name, mappingPath);
            }

            return Finish(request, result, record, stats, preview?.QuitRequested == true);
        }
        finally
        {
            opened?.Dispose();
        }
    }

    /// <summary>Hot reload: every save of the mapping file replaces the mapping from the next frame.</summary>
    private static MappingWatcher? Watch(string mappingPath, TextWriter messages, PreviewWindow? preview, FramePlanes opened, bool camera)
    {
        MappingWatcher watcher;
        try
        {
            watcher = new MappingWatcher(mappingPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            messages.WriteLine($"The mapping file will not be reloaded when saved ({e.Message}); press r in the preview to reload it.");
            return null;
        }

        watcher.Reloaded += (_, reload) =>
        {
            if (reload.Mapping is { } mapping)
            {
                messages.WriteLine($"Reloaded {MappingResolver.Describe(reload.Path)}: {mapping.Regions.Length} regions.");
                if (RunService.ColourNotice(mapping, opened, camera ? "camera" : "stream") is { } notice)
                {
                    messages.WriteLine(notice);
                }

                preview?.SetMapping(mapping);
                return;
            }

            foreach (var problem in reload.Problems)
            {
                messages.WriteLine("error: " + problem);
            }

            messages.WriteLine("The mapping was not reloaded; the one playing goes on.");
        };
        return watcher;
    }

    private int Finish(LiveRequest request, LiveResult result, AtomicOutputFile? record, AtomicOutputFile? stats, bool quitFromPreview)
    {
        var elapsed = Invariant($"{(int)result.Elapsed.TotalMinutes}:{result.Elapsed.Seconds:00}.{result.Elapsed.Milliseconds / 100}");
        var losses = result.Losses == 0 ? string.Empty : Invariant($"; the source was lost {result.Losses} time{(result.Losses == 1 ? string.Empty : "s")}");
        output.WriteLine(Invariant($"Stopped after {elapsed}: {result.Frames} frames ({result.Dropped} dropped), {result.Notes} notes; capture to send p50 {result.LatencyP50.TotalMilliseconds:0.00} ms, p99 {result.LatencyP99.TotalMilliseconds:0.00} ms, max {result.LatencyMax.TotalMilliseconds:0.00} ms{losses}. Every note was stopped."));
        if (record is not null)
        {
            output.WriteLine("Recorded what was sent to " + Path.GetRelativePath(Environment.CurrentDirectory, record.Path));
        }

        if (stats is not null)
        {
            output.WriteLine("Timing figures in " + Path.GetRelativePath(Environment.CurrentDirectory, stats.Path));
        }

        switch (result.Reason)
        {
            case LiveStopReason.Cancelled:
                return quitFromPreview ? ExitCodes.Success : ExitCodes.Interrupted;
            case LiveStopReason.GaveUp:
                error.WriteLine(Invariant($"error: {result.Error} (--give-up-after {request.GiveUpAfter?.TotalSeconds:0.###})"));
                return ExitCodes.Failure;
            default:
                error.WriteLine("error: " + result.Error);
                return ExitCodes.Failure;
        }
    }


    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
