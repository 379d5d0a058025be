using System.Runtime.Versioning;
using System.Text;

namespace Pix2Midi.Cli.Terminal;

/// <summary>
/// Makes Pix2Midi's text readable on Windows, where a console and a redirection both default to an
/// old code page (437 or 1252) in which <c>→</c> becomes <c>?</c>: output is UTF-8, in a console
/// (its code page is set to UTF-8 while Pix2Midi runs and put back at the end) and when redirected
/// to a file or a pipe. A console whose code page cannot be changed gets ASCII stand-ins
/// (<see cref="PlainTextWriter"/>) instead.
/// </summary>
/// <remarks>Call <see cref="Prepare"/> first thing, before anything wraps or writes to the console's writers.</remarks>
internal static class WindowsConsoleText
{
    private const int Utf8CodePage = 65001;

    /// <summary>On Windows, makes standard output and error UTF-8 (see the type's summary); elsewhere does nothing.</summary>
    /// <returns>Puts the console's code page back; call it when the program ends.</returns>
    public static Action Prepare()
    {
        if (!OperatingSystem.IsWindows())
        {
            return () => { };
        }

        return PrepareOnWindows();
    }

    /// <summary>What to do with a stream, given whether it is redirected and whether setting the output encoding to UTF-8 worked.</summary>
    internal static ConsoleTextChoice Choose(bool redirected, bool utf8Set) =>
        utf8Set ? ConsoleTextChoice.Keep : redirected ? ConsoleTextChoice.Utf8Stream : ConsoleTextChoice.PlainText;

    [SupportedOSPlatform("windows")]
    private static Action PrepareOnWindows()
    {
        int? previous = null;
        try
        {
            previous = Console.OutputEncoding.CodePage;
        }
        catch (IOException)
        {
        }

        bool utf8Set;
        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            utf8Set = true;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or ArgumentException or UnauthorizedAccessException)
        {
            // No console to set (a process started with pipes and no console), or one that refuses.
            utf8Set = false;
        }

        Apply(Choose(Console.IsOutputRedirected, utf8Set), Console.OpenStandardOutput, Console.Out, Console.SetOut);
        Apply(Choose(Console.IsErrorRedirected, utf8Set), Console.OpenStandardError, Console.Error, Console.SetError);
        if (!utf8Set || previous is not { } codePage || codePage is Utf8CodePage or 0)
        {
            return () => { };
        }

        return () =>
        {
            try
            {
                // The old code pages (437, 1252…) come from the runtime's code-page provider.
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                Console.OutputEncoding = Encoding.GetEncoding(codePage);
            }
            catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or PlatformNotSupportedException)
            {
                // The console keeps UTF-8; text still reads.
            }
        };
    }

    private static void Apply(ConsoleTextChoice choice, Func<Stream> open, TextWriter current, Action<TextWriter> set)
    {
        switch (choice)
        {
            case ConsoleTextChoice.Utf8Stream:
                set(TextWriter.Synchronized(new StreamWriter(open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true }));
                break;
            case ConsoleTextChoice.PlainText:
                set(TextWriter.Synchronized(new PlainTextWriter(current)));
                break;
            case ConsoleTextChoice.Keep:
            default:
                break;
        }
    }
}
