namespace Pix2Midi.Cli.Tests;

/// <summary>
/// A trial's Xvfb display refused by GTK ("Can't initialize GTK backend") although the display
/// accepted X clients: the machine's, not Pix2Midi's. <see cref="JackTrials"/> runs the trial again
/// on a fresh server, display and receiver.
/// </summary>
public sealed class DisplayRefusedException(string message) : Exception(message);
