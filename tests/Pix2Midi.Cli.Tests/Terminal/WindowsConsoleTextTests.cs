using Pix2Midi.Cli.Terminal;

namespace Pix2Midi.Cli.Tests.Terminal;

public sealed class WindowsConsoleTextTests
{
    [Theory]
    [InlineData(true, true, "Keep")]
    [InlineData(false, true, "Keep")]
    [InlineData(true, false, "Utf8Stream")]
    [InlineData(false, false, "PlainText")]
    public void A_redirection_always_gets_utf8_and_a_console_that_keeps_its_code_page_gets_plain_text(bool redirected, bool utf8Set, string expected) =>
        Assert.Equal(expected, WindowsConsoleText.Choose(redirected, utf8Set).ToString());

    [Fact]
    public void Plain_text_reads_the_summary_lines_in_ascii()
    {
        using var text = new StringWriter();
        using var plain = new PlainTextWriter(text);

        plain.WriteLine("Rendered fireworks.mp4 → fireworks.mid");
        plain.Write("  video    1280×720, 30 fps");
        plain.Write('…');
        plain.Write("| “C4”–“D♯5” ●|".ToCharArray(), 1, 13);

        Assert.Equal("Rendered fireworks.mp4 -> fireworks.mid" + Environment.NewLine + "  video    1280x720, 30 fps... \"C4\"-\"D#5\" *", text.ToString());
        Assert.All(text.ToString(), c => Assert.True(c < '\u0080', $"U+{(int)c:X4} left in"));
    }

    [Fact]
    public void Outside_windows_nothing_changes()
    {
        var before = (Console.Out, Console.Error);

        var restore = WindowsConsoleText.Prepare();
        restore();

        Assert.Same(before.Out, Console.Out);
        Assert.Same(before.Error, Console.Error);
    }
}
