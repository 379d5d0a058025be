namespace Pix2Midi.Cli.Tests;

/// <summary>A JACK trial's failure at the receiver's end, after Pix2Midi did its part: <see cref="JackTrials"/> may run the trial again.</summary>
public sealed class LostAtReceiverException(string message, Exception? inner = null) : Exception(message, inner);
