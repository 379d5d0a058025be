using System.Runtime.InteropServices;

namespace Pix2Midi.Video.Tests;

/// <summary>
/// Points the process's native standard error (file descriptor 2) at a file until disposed, to
/// see what native libraries print. Unix only; nothing else may run in the process meanwhile.
/// </summary>
internal sealed partial class NativeStandardError : IDisposable
{
    private const int StandardError = 2;
    private readonly FileStream _file;
    private readonly int _saved;

    public NativeStandardError(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write);
        _saved = Dup(StandardError);
        if (_saved < 0 || Dup2((int)_file.SafeFileHandle.DangerousGetHandle(), StandardError) < 0)
        {
            throw new InvalidOperationException($"could not redirect stderr (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    public void Dispose()
    {
        _ = Dup2(_saved, StandardError);
        _ = Close(_saved);
        _file.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int descriptor, int target);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
