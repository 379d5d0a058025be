using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>
/// The checks made before a video file is handed to FFmpeg, which would answer all of these
/// problems with the same "cannot open".
/// </summary>
internal static class FilePreflight
{
    /// <summary>Makes sure <paramref name="path"/> is a readable, non-empty file, and looks at its layout.</summary>
    /// <returns>What the container's layout says about truncation (see <see cref="IsoMediaLayout.EndsEarly"/>).</returns>
    /// <exception cref="FrameSourceException">The file is missing, a folder, unreadable or empty.</exception>
    public static bool? Inspect(string path)
    {
        if (Directory.Exists(path))
        {
            throw new FrameSourceException($"{path}: is a folder, not a video file");
        }

        if (!File.Exists(path))
        {
            throw new FrameSourceException($"{path}: no such file");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            if (stream.Length == 0)
            {
                throw new FrameSourceException($"{path}: the file is empty (0 bytes)");
            }

            return stream.CanSeek ? IsoMediaLayout.EndsEarly(stream) : null;
        }
        catch (UnauthorizedAccessException)
        {
            throw new FrameSourceException($"{path}: permission denied (the file cannot be read)");
        }
        catch (FileNotFoundException)
        {
            throw new FrameSourceException($"{path}: no such file");
        }
        catch (IOException e)
        {
            throw new FrameSourceException($"{path}: the file cannot be read ({OneLine.Of(e.Message)})", e);
        }
    }

    /// <summary>Whether <paramref name="path"/> is a complete MP4/MOV container with no media data in it.</summary>
    /// <remarks>Asked only after FFmpeg refused the file, to say "no frames" instead of "damaged".</remarks>
    public static bool IsEmptyContainer(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return stream.CanSeek && IsoMediaLayout.HasNoMediaData(stream);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
