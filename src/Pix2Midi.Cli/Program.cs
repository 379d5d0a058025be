using System.CommandLine;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Terminal;
using Pix2Midi.Video.OpenCv;

// Native libraries are found in one place, before any command can need them (OpenCV's for
// decoders, cameras, the preview window and the PNG pictures alike).
OpenCvRuntime.Register();

// On Windows, text is UTF-8 in a console and when redirected (→ and × stay readable); first,
// before anything wraps the console's writers.
var restoreConsole = WindowsConsoleText.Prepare();

// A closed terminal fails every write after it; the run must still release its notes and write its files.
Console.SetOut(new TerminalWriter(Console.Out));
Console.SetError(new TerminalWriter(Console.Error));

// Ctrl+C, SIGTERM and SIGHUP stop run, live, render and test-note: every note is released and
// the files are written, then the process ends by that signal (StopSignals). System.CommandLine's
// own handling is off: its time limit could end the process in the middle of the note-offs.
using var signals = new StopSignals(Console.Error);
var code = await Pix2MidiCommandLine.RunAsync(args, new InvocationConfiguration { ProcessTerminationTimeout = null }, signals);
restoreConsole();
return signals.Finish(code);
