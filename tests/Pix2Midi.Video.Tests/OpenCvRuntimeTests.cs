using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Video.Tests;

public sealed class OpenCvRuntimeTests
{
    private const string GtkMissing =
        "Unable to load shared library 'OpenCvSharpExtern' or one of its dependencies. In order to help diagnose loading problems, "
        + "consider using a tool like strace. If you're using glibc, consider setting the LD_DEBUG environment variable: \n"
        + "/app/runtimes/linux-x64/native/libOpenCvSharpExtern.so: libgtk-3.so.0: cannot open shared object file: No such file or directory\n"
        + "/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/libOpenCvSharpExtern.so: cannot open shared object file: No such file or directory\n"
        + "/app/libOpenCvSharpExtern.so: cannot open shared object file: No such file or directory\n";

    private const string ExternMissing =
        "Unable to load shared library 'OpenCvSharpExtern' or one of its dependencies.\n"
        + "/app/libOpenCvSharpExtern.so: cannot open shared object file: No such file or directory\n";

    private const string OtherMissing =
        "Unable to load shared library 'OpenCvSharpExtern' or one of its dependencies.\n"
        + "/app/libOpenCvSharpExtern.so: libavcodec.so.59: cannot open shared object file: No such file or directory\n";

    [Theory]
    [InlineData(GtkMissing, "because libgtk-3.so.0 is missing; on Debian/Ubuntu install it with: sudo apt install libgtk-3-0")]
    [InlineData(OtherMissing, "because libavcodec.so.59 is missing; install the system package that provides it")]
    [InlineData(ExternMissing, ": OpenCvSharpExtern is not installed next to Pix2Midi; reinstall Pix2Midi for this platform")]
    public void A_library_that_cannot_load_is_explained_in_one_line(string loaderMessage, string explanation)
    {
        var failure = new TypeInitializationException("OpenCvSharp.Internal.NativeMethods", new DllNotFoundException(loaderMessage));

        var message = OpenCvRuntime.DescribeLoadFailure(failure);

        Assert.StartsWith("OpenCV's native library could not be loaded", message, StringComparison.Ordinal);
        Assert.Contains(explanation, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }
}
