using System.CommandLine;
using Pix2Midi.Cli.Playback;
using Pix2Midi.Midi.Backends;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Timing;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi run VIDEO [-m MAPPING] [--port NAME]... [--virtual [NAME]] [--synth] [--record FILE.mid] [--stats FILE.json] [--loop] [--clock]</c>.</summary>
internal static class RunCommandFactory
{
    public static Command Create(Func<IReadOnlyList<IMidiBackend>>? backends = null)
    {
        var video = new Argument<string>("VIDEO") { Description = "The video to play: anything FFmpeg decodes." };
        var mapping = new Option<string?>("--mapping", "-m") { Description = "Mapping file (JSON), or the name of a bundled one. Default: fireworks.", HelpName = "MAPPING" };
        var outputs = OutputOptions.Create();
        var record = new Option<string?>("--record") { Description = "Also write exactly what was sent, at the video times it was meant for, to this MIDI file.", HelpName = "FILE.mid" };
        var stats = new Option<string?>("--stats") { Description = "Write the timing figures (events sent, lateness p50/p99/max, frames dropped) to this JSON file at the end.", HelpName = "FILE.json" };
        var loop = new Option<bool>("--loop") { Description = "Play again from the start when the video ends, until stopped." };
        var clock = ClockOption.Create("from the start of the video, across loops; Stop and Continue around a pause");
        var noStatus = new Option<bool>("--no-status") { Description = "Do not draw the status line." };
        var preview = new Option<bool>("--preview") { Description = "Show the video with the regions drawn and lit as they sound. Keys: q quit, r reload the mapping." };
        var decoder = DecoderOption.Create();
        var sound = SoundOptions.Create();
        var command = new Command("run", "Play a video's notes in real time to MIDI ports, each note at its frame's time. Ctrl+C stops with every note released.")
        {
            video, mapping, outputs.Port, outputs.Virtual, sound.Synth, sound.SoundFont, sound.AudioDriver, record, stats, loop, clock, noStatus, preview, decoder,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new RunRequest(
                parse.GetRequiredValue(video),
                parse.GetValue(mapping),
                parse.GetValue(outputs.Port) ?? [],
                OutputOptions.VirtualName(parse, outputs.Virtual),
                parse.GetValue(record),
                parse.GetValue(stats),
                parse.GetValue(loop),
                !parse.GetValue(noStatus),
                DecoderOption.Parse(parse.GetValue(decoder)) ?? VideoDecoder.Auto,
                sound.Read(parse),
                parse.GetValue(clock));
            var service = new RunService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, backends ?? MidiBackends.ForThisOs, PreciseWaiters.ForThisOs) { Preview = parse.GetValue(preview) };
            return Task.FromResult(service.Run(request, cancellationToken));
        });
        return command;
    }
}
