using System.Text.Json;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Cli.Playback;

/// <summary>Writes a run's timing figures (<c>--stats FILE.json</c>).</summary>
/// <remarks>
/// Lateness is how long after its target each message was handed to the first output: the due
/// time for outputs that send at once, the due time minus the lookahead for those that schedule
/// (JACK, CoreMIDI), whose own delivery figures are listed per output.
/// </remarks>
internal static class StatsFile
{
    public static void Write(AtomicOutputFile file, PlaybackResult result, string video, string mapping)
    {
        using (var json = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("video", video);
            json.WriteString("mapping", mapping);
            json.WriteString("stopped", result.Reason.ToString().ToLowerInvariant());
            if (result.Error is not null)
            {
                json.WriteString("error", result.Error);
            }

            json.WriteNumber("playedSeconds", Math.Round(result.Played.TotalSeconds, 6));
            json.WriteNumber("pausedSeconds", Math.Round(result.Paused.TotalSeconds, 6));
            json.WriteNumber("pauses", result.Pauses);
            json.WriteBoolean("realtimePriority", result.RealtimePriority);
            json.WriteNumber("loops", result.Loops);
            json.WriteNumber("framesPlayed", result.Frames);
            json.WriteNumber("framesDropped", result.Dropped);
            json.WriteNumber("eventsSent", result.EventsSent);
            json.WriteNumber("notes", result.Notes);
            json.WriteNumber("lateEvents", result.LateEvents);
            WritePercentiles(json, "latenessMs", result.LatenessP50, result.LatenessP99, result.LatenessMax);
            WriteOutputs(json, result.Outputs);
            json.WriteEndObject();
        }

        file.Commit();
    }

    /// <summary><c>"name": { "p50", "p99", "max" }</c> in milliseconds.</summary>
    public static void WritePercentiles(Utf8JsonWriter json, string name, TimeSpan p50, TimeSpan p99, TimeSpan max)
    {
        json.WriteStartObject(name);
        json.WriteNumber("p50", Milliseconds(p50));
        json.WriteNumber("p99", Milliseconds(p99));
        json.WriteNumber("max", Milliseconds(max));
        json.WriteEndObject();
    }

    /// <summary><c>"outputs": [ … ]</c>: what each output was sent and, where it reports it, delivered.</summary>
    public static void WriteOutputs(Utf8JsonWriter json, IReadOnlyList<OutputReport> outputs)
    {
        json.WriteStartArray("outputs");
        foreach (var output in outputs)
        {
            json.WriteStartObject();
            json.WriteString("port", output.Port);
            json.WriteNumber("sent", output.Sent);
            if (output.Delivered is { } delivered)
            {
                json.WriteNumber("delivered", delivered);
                json.WriteNumber("late", output.Late ?? 0);
                json.WriteNumber("maxLatenessMs", Milliseconds(output.MaxLateness ?? TimeSpan.Zero));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Milliseconds to the microsecond.</summary>
    public static double Milliseconds(TimeSpan time) => Math.Round(time.TotalMilliseconds, 3);
}
