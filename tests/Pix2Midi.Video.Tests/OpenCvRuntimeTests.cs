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

    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new TypeInitializationException("OpenCvSharp.Internal.NativeMethods", new DllNotFoundException(GtkMissing)), true },
        { new DllNotFoundException(ExternMissing), true },
        { new TypeInitializationException("OpenCvSharp.Internal.NativeMethods", new EntryPointNotFoundException("core_Mat_sizeof")), true },
        { new DllNotFoundException("Unable to load shared library 'libjack.so.0'"), false },
        { new TypeInitializationException("Pix2Midi.Something", new InvalidOperationException("no")), false },
        { new InvalidOperationException("OpenCvSharpExtern"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_OpenCVs_library_failing_to_load_counts_as_a_load_failure(Exception failure, bool expected) =>
        Assert.Equal(expected, OpenCvRuntime.IsLoadFailure(failure));

    [Fact]
    public void Registering_again_does_nothing_and_OpenCV_then_works()
    {
        OpenCvRuntime.Register();
        OpenCvRuntime.Register();

        Assert.Null(OpenCvRuntime.Load());
        using var picture = new OpenCvSharp.Mat(4, 4, OpenCvSharp.MatType.CV_8UC3);
        Assert.True(OpenCvSharp.Cv2.ImEncode(".png", picture, out var png));
        Assert.NotEmpty(png);
    }

    [Fact]
    public void A_build_without_OpenCV_says_so_in_one_line_and_how_to_decode_without_it()
    {
        var line = OpenCvRuntime.LeftOutOfBuild(leftOut: true);

        Assert.NotNull(line);
        Assert.StartsWith("OpenCV is not in this build of Pix2Midi", line, StringComparison.Ordinal);
        Assert.Contains("--decoder ffmpeg", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        Assert.Null(OpenCvRuntime.LeftOutOfBuild(leftOut: false));
    }

    [Fact]
    public void A_build_with_OpenCV_carries_no_left_out_switch() =>
        Assert.Null(OpenCvRuntime.LeftOutOfBuild());
}
