using System.CommandLine;
using Pix2Midi.Cli.Playback;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Backends;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi test-note [--port NAME] [--channel N] [--note NOTE]</c>.</summary>
internal static class TestNoteCommandFactory
{
    public static Command Create(Func<IReadOnlyList<IMidiBackend>>? backends = null)
    {
        var outputs = OutputOptions.Create();
        var channel = new Option<int>("--channel", "-c") { Description = "MIDI channel, 1–16.", DefaultValueFactory = _ => 1, HelpName = "1-16" };
        channel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 16)
            {
                result.AddError("--channel: allowed: 1–16");
            }
        });
        var note = new Option<string>("--note", "-n") { Description = "The note: a number 0–127 or a name such as C4 (middle C, 60).", DefaultValueFactory = _ => "C4", HelpName = "NOTE" };
        note.Validators.Add(result =>
        {
            if (ParseNote(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--note {result.GetValueOrDefault<string>()}: allowed: a number 0–127 or a name such as C4, D#3, Eb5");
            }
        });
        var command = new Command("test-note", "Play middle C for half a second, to check that a synth or DAW hears Pix2Midi.")
        {
            outputs.Port, outputs.Virtual, channel, note,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var service = new TestNoteService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, backends ?? MidiBackends.ForThisOs, PreciseWaiters.ForThisOs);
            var code = service.Run(parse.GetValue(outputs.Port) ?? [], OutputOptions.VirtualName(parse, outputs.Virtual), parse.GetValue(channel), ParseNote(parse.GetValue(note))!.Value, cancellationToken);
            return Task.FromResult(code);
        });
        return command;
    }

    private static int? ParseNote(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number <= 127
            ? number
            : NoteName.TryParse(text, out var named) ? named : null;
}
