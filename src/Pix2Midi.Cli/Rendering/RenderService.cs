using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Rendering.Outputs;
using Pix2Midi.Cli.Terminal;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Rendering;

/// <summary>
/// <c>pix2midi render</c>: video → regions → notes → a Standard MIDI File, written atomically,
/// with a progress bar on a terminal and a summary at the end.
/// </summary>
internal sealed class RenderService(TextWriter output, TextWriter error)
{
    public int Run(RenderRequest request, CancellationToken cancellationToken) =>
        CommandErrors.Run(error, () => Render(request, cancellationToken), "Stopped; no MIDI file was written.");

    private int Render(RenderRequest request, CancellationToken cancellationToken)
    {
        var outputPath = request.Output ?? Path.GetFileNameWithoutExtension(request.Video.TrimEnd('/', '\\')) + ".mid";

        // Every output checks its name, its folder and what it needs before any work.
        using var outputs = RenderOutputs.Prepare(request, outputPath);
        var mappingPath = MappingResolver.Resolve(request.Mapping);
        var mapping = MappingLoader.Load(mappingPath);

        // Only the rows the regions cover need to come from the decoder: the rest is never read.
        // Colour planes only when a region reads colour: otherwise the decoder does no colour work.
        using var source = VideoFiles.Open(request.Video, new VideoFileOptions { Decoder = request.Decoder, Planes = mapping.Planes, Regions = [.. mapping.Regions.Select(r => r.Rect)] }, cancellationToken);
        var info = source.Info;
        var bar = request.ShowProgress && InteractiveTerminal.Shows(error)
            ? new ProgressBar(error, info.FrameCount, info.Duration)
            : null;
        var clock = Stopwatch.StartNew();
        RenderResult result;
        try
        {
            result = OfflineRenderer.Render(source, mapping, bar, cancellationToken);
        }
        finally
        {
            bar?.Clear();
        }

        var piece = new RenderedPiece(request.Video, info, mapping, result);
        outputs.WriteAll(piece, cancellationToken);
        clock.Stop();
        WriteSummary(request, source, piece, mappingPath, outputs, clock.Elapsed);
        return ExitCodes.Success;
    }

    private void WriteSummary(RenderRequest request, IVideoFileSource source, RenderedPiece piece, string mappingPath, RenderOutputs outputs, TimeSpan elapsed)
    {
        var info = source.Info;
        var (mapping, result, written) = (piece.Mapping, piece.Result, outputs.Midi.Path);
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        var rate = info.NominalRate?.ToString() ?? "no usable frame rate (timestamps used)";
        var channels = string.Join(", ", result.Events.Where(e => e.Kind != Core.Events.NoteEventKind.ProgramChange).Select(e => e.Channel + 1).Distinct().Order());
        var shownOutput = Path.GetRelativePath(Environment.CurrentDirectory, written);
        output.WriteLine(Invariant($"Rendered {request.Video} → {shownOutput}"));
        output.WriteLine(Invariant($"  video    {info.Width}×{info.Height}, {rate}, {info.Codec}, {result.Frames} frames, {result.Duration.TotalSeconds:0.00} s"));
        if (SkippedFramesText.Describe(source) is { } skipped)
        {
            output.WriteLine($"  damage   {skipped}; the frames after them keep their own times");
        }

        output.WriteLine(Invariant($"  mapping  {mapping.Name} ({mapping.Regions.Length} regions), {MappingResolver.Describe(mappingPath)}"));
        var controls = result.Events.Count(e => e.Kind == Core.Events.NoteEventKind.ControlChange);
        output.WriteLine(result.Notes == 0 && controls == 0
            ? "  notes    none: no region reached its on threshold (lower \"on\" in the mapping, or check the video)"
            : result.Notes == 0
                ? Invariant($"  notes    none, {controls} controller changes on channel{(channels.Contains(',', StringComparison.Ordinal) ? "s" : string.Empty)} {channels}; {result.TimeBase}")
                : Invariant($"  notes    {result.Notes} on channel{(channels.Contains(',', StringComparison.Ordinal) ? "s" : string.Empty)} {channels}; {result.TimeBase}, {Placement(mapping.Time, result.FrameExact)}{(controls > 0 ? Invariant($"; {controls} controller changes") : string.Empty)}"));
        foreach (var line in outputs.All.SelectMany(o => o.Summary(piece)))
        {
            output.WriteLine(line);
        }

        if (outputs.Font is { } font)
        {
            var instruments = mapping.Instruments.IsEmpty
                ? "every channel on its first program (the mapping chooses no \"instruments\")"
                : string.Join(", ", mapping.Instruments.Select(i => Invariant($"channel {i.Channel} {i.Name}")));
            output.WriteLine($"  sounds   {font.Describe}, played by FluidSynth {Synth.Native.FluidSynthLibrary.Version}: {instruments}");
        }

        output.WriteLine(Invariant($"  speed    {result.Frames} frames in {elapsed.TotalSeconds:0.00} s: {result.Frames / seconds:0} fps, {result.Duration.TotalSeconds / seconds:0.0}× real time, decoded by {source.Decoder}"));
        output.WriteLine(Invariant($"Drag {shownOutput} into your DAW: at {result.TimeBase.BeatsPerMinute:0.##} BPM it lines up with the video. To hear notes live through a MIDI port, see \"Connecting a MIDI port\" in the README."));
    }

    /// <summary>Where the notes fall: on the grid when quantising, else on the frames' times.</summary>
    private static string Placement(Core.Music.MusicalTime time, bool frameExact) => time.Quantize is { } grid
        ? Invariant($"every note-on on the {grid.Name} grid{(time.Swing > 0 ? Invariant($" with swing {time.Swing:0.##}") : string.Empty)}")
        : frameExact ? "every note exactly on a frame time" : "note times rounded to the nearest tick";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
