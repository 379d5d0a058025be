namespace Pix2Midi.Core.Mapping;

/// <summary>One thing wrong with a mapping file, located so an editor can jump to it.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Line">1-based line, or 0 when the problem is the file itself.</param>
/// <param name="Column">1-based column (characters), or 0.</param>
/// <param name="Path">JSON path such as <c>$.regions[2].note</c>, or empty.</param>
/// <param name="Message">What was found and what is allowed.</param>
public sealed record MappingProblem(string File, int Line, int Column, string Path, string Message)
{
    /// <summary><c>file:line:column: path: message</c>, the form compilers and editors understand.</summary>
    /// <remarks>Always one line: control characters and line breaks anywhere in it are written as escapes.</remarks>
    public override string ToString() =>
        MappingText.Escape(Line > 0
            ? $"{File}:{Line}:{Column}: {(Path.Length > 0 ? Path + ": " : string.Empty)}{Message}"
            : $"{File}: {Message}");
}
