using System.Text.Json;
using Pix2Midi.Cli.Playback;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Live;

/// <summary>Writes a live run's figures (<c>live --stats FILE.json</c>).</summary>
/// <remarks>
/// Latency is capture to send: from the moment the source handed a picture over (its last byte
/// read) to the moment its messages had been handed to every output, over the frames that sent
/// messages (<c>framesWithMessages</c>); <c>captureToDoneMs</c> is the same clock over every frame
/// analysed, whether it sent anything or not. Frames dropped are pictures the capture thread
/// replaced with a newer one before the analysis took them.
/// </remarks>
internal static class LiveStatsFile
{
    public static void Write(AtomicOutputFile file, LiveResult result, string source, string mapping)
    {
        using (var json = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteString("mapping", mapping);
            json.WriteString("stopped", result.Reason switch
            {
                LiveStopReason.GaveUp => "gave-up",
                _ => result.Reason.ToString().ToLowerInvariant(),
            });
            if (result.Error is not null)
            {
                json.WriteString("error", result.Error);
            }

            json.WriteNumber("seconds", Math.Round(result.Elapsed.TotalSeconds, 3));
            json.WriteBoolean("realtimePriority", result.RealtimePriority);
            json.WriteNumber("framesAnalysed", result.Frames);
            json.WriteNumber("framesDropped", result.Dropped);
            json.WriteNumber("eventsSent", result.EventsSent);
            json.WriteNumber("notes", result.Notes);
            json.WriteNumber("framesWithMessages", result.FramesWithMessages);
            StatsFile.WritePercentiles(json, "captureToSendMs", result.LatencyP50, result.LatencyP99, result.LatencyMax);
            StatsFile.WritePercentiles(json, "captureToDoneMs", result.EveryFrameP50, result.EveryFrameP99, result.EveryFrameMax);
            json.WriteNumber("sourceLost", result.Losses);
            json.WriteNumber("sourceRestored", result.Restored);
            json.WriteNumber("secondsWithoutSource", Math.Round(result.WithoutSource.TotalSeconds, 3));
            StatsFile.WriteOutputs(json, result.Outputs);
            json.WriteEndObject();
        }

        file.Commit();
    }
}
