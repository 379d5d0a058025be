namespace Pix2Midi.Cli.Rendering;

/// <summary>An input the command cannot use; its message is the one line the user sees.</summary>
internal sealed class UserInputException(string message) : Exception(message);
