using System.Globalization;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Cli.Terminal;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Timing;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Playback;

/// <summary>
/// <c>pix2midi run</c>: plays a video's notes in real time to MIDI ports (or the console),
/// with <c>--record</c>, <c>--stats</c> and <c>--loop</c>, and never leaves a note hanging.
/// </summary>
internal sealed class RunService(TextWriter output, TextWriter error, Func<IReadOnlyList<IMidiBackend>> backends, Func<IPreciseWaiter> waiter)
{
    /// <summary>Show the preview window (<c>--preview</c>).</summary>
    public bool Preview { get; init; }

    public int Run(RunRequest request, CancellationToken cancellationToken) =>
        CommandErrors.Run(error, () => Play(request, cancellationToken), "Stopped.");

    private int Play(RunRequest request, CancellationToken cancellationToken)
    {
        AtomicOutputFile.RequireExtension(request.Record, "the recording", ".mid", ".midi");
        AtomicOutputFile.RequireExtension(request.Stats, "the statistics file", ".json");
        using var record = request.Record is null ? null : AtomicOutputFile.Create(request.Record);
        using var stats = request.Stats is null ? null : AtomicOutputFile.Create(request.Stats);
        var mappingPath = MappingResolver.Resolve(request.Mapping);
        var mapping = MappingLoader.Load(mappingPath);

        // Colour when a region reads it or the preview shows the picture; otherwise luma only.
        var options = new VideoFileOptions { Decoder = request.Decoder, Planes = PlanesFor(mapping, Preview) };
        IFrameSource? pending = VideoFiles.Open(request.Video, options, cancellationToken);
        try
        {
            var info = pending.Info;
            using var outputs = OpenedOutputs.OpenForPlaying(backends(), request.Ports, request.Virtual, request.Sound, record is not null, output);
            var recorder = outputs.Recorder;
            var destinations = outputs.Destinations;
            output.WriteLine(Invariant($"Playing {request.Video} ({info.Width}×{info.Height}, {info.NominalRate?.ToString() ?? "timestamps only"}) with {mapping.Name}{MusicalTimeText.Describe(mapping.Time)} to {destinations}{(request.Loop ? ", looping" : string.Empty)}. Ctrl+C stops."));
            if (request.Clock)
            {
                output.WriteLine(ClockLine.Describe(outputs.Outputs, mapping.Time, live: false));
            }

            if (!outputs.IsConsole && !RealtimePriority.IsAllowed())
            {
                // To a real port, timing is what matters: say once why it may wobble, and how to fix it.
                output.WriteLine(RealtimePriority.RefusedHint);
            }
            using var preview = RunPreview.Open(Preview, mapping, mappingPath, request.Video, info, output, cancellationToken);
            preview?.Attach(outputs);
            var status = request.ShowStatus && !outputs.IsConsole && InteractiveTerminal.Shows(error)
                ? new StatusLine(outputs.Lines, error, info.Duration)
                : null;
            using var watcher = new MappingWatcher(mappingPath);
            watcher.Reloaded += (_, reload) => ReportReload(reload, options.Planes);
            preview?.Follow(watcher);
            var pacing = waiter();
            using var pacingLifetime = pacing as IDisposable;
            var player = new RealtimePlayer(outputs.Outputs, pacing, new PlaybackOptions { Loop = request.Loop, Clock = request.Clock }, preview?.Observe(status) ?? status);
            preview?.Control(player);
            IVideoFileSource? lastFile = null;
            PlaybackResult result;
            try
            {
                result = player.Play(
                    () =>
                    {
                        var source = pending ?? VideoFiles.Open(request.Video, options, cancellationToken);
                        pending = null;
                        lastFile = source as IVideoFileSource;
                        return preview?.Tap(source) ?? source;
                    },
                    mapping,
                    preview is null ? watcher.TakeLatest : () => watcher.TakeLatest() ?? preview.MappingUpdates(),
                    preview?.Token ?? cancellationToken);
            }
            finally
            {
                status?.Clear();
            }

            if (record is not null && recorder is not null)
            {
                RecordFile.Write(record, recorder.Messages, info.NominalRate, mapping.Time, $"{mapping.Name}: {Path.GetFileName(request.Video)}");
            }

            if (stats is not null)
            {
                StatsFile.Write(stats, result, request.Video, mappingPath);
            }

            if (lastFile is not null && SkippedFramesText.Describe(lastFile) is { } skipped)
            {
                output.WriteLine(skipped + "; the frames after them kept their own times.");
            }

            var code = Finish(request, result, record, stats);
            return preview?.ExitCode(code) ?? code;
        }
        finally
        {
            pending?.Dispose();
        }
    }

    /// <summary>One line for a save that now plays, or every problem of one that does not (the running mapping is kept).</summary>
    /// <summary>
    /// The planes a source opens with: colour when <paramref name="mapping"/> reads colour or a
    /// preview (which shows the picture in colour) is open, otherwise luma only.
    /// </summary>
    internal static FramePlanes PlanesFor(Mapping mapping, bool preview) =>
        preview ? FramePlanes.Colour : mapping.Planes;

    /// <summary>
    /// The notice for a reloaded mapping that reads colour from a source opened for luma only: its
    /// colour regions see no colour until a restart. Null when there is nothing to say.
    /// </summary>
    /// <param name="mapping">The reloaded mapping.</param>
    /// <param name="opened">The planes the source was opened with.</param>
    /// <param name="source">How the notice names the source: <c>video</c>, <c>camera</c>, <c>stream</c>.</param>
    internal static string? ColourNotice(Mapping mapping, FramePlanes opened, string source) =>
        mapping.NeedsColour && opened != FramePlanes.Colour
            ? $"The mapping now reads colour, which the {source} was not opened for: restart to take effect (until then its colour regions see no colour)."
            : null;

    private void ReportReload(MappingReload reload, FramePlanes opened)
    {
        lock (output)
        {
            if (reload.Mapping is { } loaded)
            {
                output.WriteLine(Invariant($"Reloaded {reload.Path}: {loaded.Regions.Length} regions, playing from the next frame."));
                if (ColourNotice(loaded, opened, "video") is { } notice)
                {
                    output.WriteLine(notice);
                }

                return;
            }

            foreach (var problem in reload.Problems)
            {
                error.WriteLine("error: " + problem);
            }

            error.WriteLine($"Kept the running mapping; fix {reload.Path} and save again.");
        }
    }

    private int Finish(RunRequest request, PlaybackResult result, AtomicOutputFile? record, AtomicOutputFile? stats)
    {
        var played = Invariant($"{(int)result.Played.TotalMinutes}:{result.Played.Seconds:00}.{result.Played.Milliseconds / 100}");
        output.WriteLine(Invariant($"{(result.Reason == PlaybackStopReason.Ended ? "Played" : "Stopped")} {played} of {request.Video} ({result.Frames} frames, {result.Dropped} dropped{(result.Loops > 1 ? $", {result.Loops} loops" : string.Empty)}): {result.Notes} notes, {result.LateEvents} late; hand-over lateness p50 {result.LatenessP50.TotalMilliseconds:0.00} ms, p99 {result.LatenessP99.TotalMilliseconds:0.00} ms, max {result.LatenessMax.TotalMilliseconds:0.00} ms. Every note was stopped."));
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
            case PlaybackStopReason.Cancelled:
                return ExitCodes.Interrupted;
            case PlaybackStopReason.Failed:
                error.WriteLine("error: " + result.Error);
                return ExitCodes.Failure;
            default:
                return ExitCodes.Success;
        }
    }


    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
