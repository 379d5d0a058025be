namespace Pix2Midi.Cli.Terminal;

/// <summary>What <see cref="WindowsConsoleText"/> does with one of the standard streams.</summary>
internal enum ConsoleTextChoice
{
    /// <summary>Nothing: it already writes UTF-8.</summary>
    Keep,

    /// <summary>A redirection whose encoding could not be set: a UTF-8 writer over the stream itself.</summary>
    Utf8Stream,

    /// <summary>A console that stays on its old code page: ASCII stand-ins.</summary>
    PlainText,
}
