using System.IO.Pipes;

namespace Pix2Midi.Video.Files;

/// <summary>Enlarges the kernel buffer of a pipe, so a child process can write a whole frame ahead.</summary>
/// <remarks>
/// Linux only (<c>F_SETPIPE_SZ</c>); elsewhere, and where the kernel refuses, the pipe keeps its
/// size and everything still works, with more wake-ups per frame.
/// </remarks>
internal static class PipeSize
{
    /// <summary>The smallest size worth asking for: Linux's default.</summary>
    private const int Default = 1 << 16;

    /// <summary>Asks for <paramref name="bytes"/>, or the largest power-of-two fraction of it the kernel allows.</summary>
    /// <returns>The pipe's size afterwards, or null when it could not be changed.</returns>
    public static int? TryEnlarge(Stream pipe, int bytes)
    {
        if (!OperatingSystem.IsLinux() || pipe is not PipeStream { SafePipeHandle: { IsInvalid: false } handle })
        {
            return null;
        }

        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var descriptor = (int)handle.DangerousGetHandle();
            for (var size = bytes; size > Default; size /= 2)
            {
                var result = Interop.LinuxLibc.FcntlInt(descriptor, Interop.LinuxLibc.SetPipeSize, size);
                if (result > 0)
                {
                    return result;
                }
            }

            return null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }
}
