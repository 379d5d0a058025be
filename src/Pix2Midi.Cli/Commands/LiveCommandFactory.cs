using System.CommandLine;
using Pix2Midi.Cli.Live;
using Pix2Midi.Midi.Backends;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi live [--camera INDEX|NAME | --source URL] [-m MAPPING] [--port NAME]... [--virtual [NAME]] [--record FILE.mid] [--stats FILE.json] [--preview] [--give-up-after SECONDS] [--clock]</c>.</summary>
internal static class LiveCommandFactory
{
    public static Command Create(Func<IReadOnlyList<IMidiBackend>>? backends = null, Func<CameraListing>? cameras = null, Func<TextWriter, TextWriter, LiveService>? service = null)
    {
        var camera = new Option<string?>("--camera", "-c") { Description = "The camera: its index or (part of) its name, as `pix2midi cameras` lists them. Default: the only camera there is.", HelpName = "INDEX|NAME" };
        var source = new Option<string?>("--source", "-s") { Description = "A stream URL instead of a camera: an IP camera or a phone streaming MJPEG or RTSP (http://…, rtsp://…). Read with the ffmpeg program.", HelpName = "URL" };
        var mapping = new Option<string?>("--mapping", "-m") { Description = "Mapping file (JSON), or the name of a bundled one. Saved changes are played from the next frame. Default: fireworks.", HelpName = "MAPPING" };
        var outputs = OutputOptions.Create();
        var record = new Option<string?>("--record") { Description = "Also write exactly what was sent, at the time it was sent, to this MIDI file.", HelpName = "FILE.mid" };
        var stats = new Option<string?>("--stats") { Description = "Write the figures (capture-to-send latency p50/p99/max, frames dropped, source losses) to this JSON file at the end.", HelpName = "FILE.json" };
        var preview = new Option<bool>("--preview") { Description = "Show the picture with the regions drawn and lit as they sound. Keys: q quit, r reload the mapping." };
        var giveUp = new Option<double?>("--give-up-after") { Description = "End with an error after this many seconds without a picture (also waits this long for the source at the start). Default: retry for ever.", HelpName = "SECONDS" };
        var clock = ClockOption.Create("from the first beat after the run starts");
        var noStatus = new Option<bool>("--no-status") { Description = "Do not draw the status line." };
        var sound = SoundOptions.Create();
        var command = new Command("live", "Play a camera or a stream live: each picture's notes are sent the moment it arrives. Losing the source releases every note and retries until it is back. Ctrl+C stops.")
        {
            camera, source, mapping, outputs.Port, outputs.Virtual, sound.Synth, sound.SoundFont, sound.AudioDriver, record, stats, preview, giveUp, clock, noStatus,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(camera) is not null && result.GetResult(source) is not null)
            {
                result.AddError("--camera and --source cannot be used together: play a camera or a stream.");
            }

            if (result.GetValue(giveUp) is { } seconds && (!double.IsFinite(seconds) || seconds <= 0))
            {
                result.AddError("--give-up-after needs a number of seconds above 0.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new LiveRequest(
                parse.GetValue(camera),
                parse.GetValue(source),
                parse.GetValue(mapping),
                parse.GetValue(outputs.Port) ?? [],
                OutputOptions.VirtualName(parse, outputs.Virtual),
                parse.GetValue(record),
                parse.GetValue(stats),
                parse.GetValue(preview),
                parse.GetValue(giveUp) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                !parse.GetValue(noStatus),
                sound.Read(parse),
                parse.GetValue(clock));
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var live = service?.Invoke(output, error) ?? new LiveService(output, error, backends ?? MidiBackends.ForThisOs, cameras ?? CameraCatalog.List);
            return Task.FromResult(live.Run(request, cancellationToken));
        });
        return command;
    }
}
