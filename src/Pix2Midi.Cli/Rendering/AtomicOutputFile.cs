namespace Pix2Midi.Cli.Rendering;

/// <summary>
/// An output file written under a temporary name in its destination folder and renamed into
/// place only when complete, so a failure or Ctrl+C never leaves a half-written file behind.
/// </summary>
/// <remarks>
/// Created before any work starts: a missing or read-only folder is refused at once, not after
/// a long render. Disposing without <see cref="Commit"/> deletes the temporary file.
/// </remarks>
internal sealed class AtomicOutputFile : IDisposable
{
    private FileStream? _stream;
    private bool _committed;
    private bool _handedOver;

    private AtomicOutputFile(string path, string temporaryPath, FileStream stream)
    {
        Path = path;
        TemporaryPath = temporaryPath;
        _stream = stream;
    }

    /// <summary>Where the file ends up.</summary>
    public string Path { get; }

    /// <summary>Where it is written meanwhile.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write to.</summary>
    public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(AtomicOutputFile));

    public static AtomicOutputFile Create(string path, string example = "out.mid")
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (Directory.Exists(full))
        {
            throw new UserInputException($"{path}: is a folder; name the file to write, such as {System.IO.Path.Combine(path, example)}");
        }

        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"{path}: the folder {folder} does not exist");
        }

        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            return new AtomicOutputFile(full, temporary, stream);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot write in {folder} (permission denied)");
        }
        catch (IOException e)
        {
            throw new UserInputException($"{path}: cannot write in {folder}: {e.Message}");
        }
    }

    /// <summary>Refuses a file name that does not end in one of <paramref name="extensions"/> (null: nothing asked for).</summary>
    /// <param name="path">The name given, or null when the file was not asked for.</param>
    /// <param name="what">What the file is, for the message: "a MIDI file", "the piano roll".</param>
    /// <param name="extensions">The endings allowed, with their dots.</param>
    public static void RequireExtension(string? path, string what, params string[] extensions)
    {
        if (path is not null && !extensions.Any(e => System.IO.Path.GetExtension(path).Equals(e, StringComparison.OrdinalIgnoreCase)))
        {
            throw new UserInputException($"{path}: {what}'s name must end in {string.Join(" or ", extensions)}");
        }
    }

    /// <summary>
    /// Closes the stream so that another program (ffmpeg) writes <see cref="TemporaryPath"/> itself;
    /// <see cref="Commit"/> then renames what it wrote, and disposing without it deletes it.
    /// </summary>
    /// <returns><see cref="TemporaryPath"/>.</returns>
    public string HandOver()
    {
        _stream?.Dispose();
        _stream = null;
        _handedOver = true;
        return TemporaryPath;
    }

    /// <summary>Flushes the file to disk and renames it into place, replacing any older file.</summary>
    public void Commit()
    {
        if (!_handedOver)
        {
            var stream = _stream ?? throw new ObjectDisposedException(nameof(AtomicOutputFile));
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            _stream = null;
        }

        File.Move(TemporaryPath, Path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        if (!_committed)
        {
            try
            {
                File.Delete(TemporaryPath);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
