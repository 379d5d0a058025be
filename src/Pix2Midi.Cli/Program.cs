using System.CommandLine;
using Pix2Midi.Cli.Commands;

return await Pix2MidiCommandLine.RunAsync(args, new InvocationConfiguration
{
    // Ctrl+C and SIGTERM cancel the running command's token; it cleans up and exits 130.
    ProcessTerminationTimeout = TimeSpan.FromSeconds(5),
});
