using System.Reflection;
using System.Runtime.InteropServices;

namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>
/// The tool as the README installs it: <c>dotnet pack</c> of src/Pix2Midi.Cli into a folder of
/// its own, then <c>dotnet tool install</c> from there. Packed once for all the tests that share
/// it, on first use (packing a native tool takes about a minute).
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Lazy<string> _program;

    public InstalledTool()
    {
        _program = new Lazy<string>(PackAndInstall, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The version every project of the build gets (Directory.Build.props), this test assembly included.</summary>
    public static string PackageVersion { get; } = typeof(InstalledTool).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>The package that points <c>dotnet tool install</c> at the platform's own.</summary>
    public string PointerPackage => Path.Combine(Packages, $"Pix2Midi.{PackageVersion}.nupkg");

    /// <summary>The package for this platform, with the program in it.</summary>
    public string PlatformPackage => Path.Combine(Packages, $"Pix2Midi.{RuntimeInformation.RuntimeIdentifier}.{PackageVersion}.nupkg");

    /// <summary>The installed <c>pix2midi</c>, packed and installed on first use.</summary>
    public string Program => _program.Value;

    /// <summary>The installed tool as a command prefix, for <see cref="ToolProcess"/>.</summary>
    public string[] Command => [Program];

    /// <summary>The build folders of the pack (its <c>--artifacts-path</c>).</summary>
    public string Artifacts => Path.Combine(_temp.Path, "artifacts");

    private string Packages => Path.Combine(_temp.Path, "nupkg");

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// A copy of the installed program's folder in <paramref name="folder"/> without OpenCV's native
    /// library, as a broken install or a platform without OpenCV would have it.
    /// </summary>
    /// <returns>The copied program.</returns>
    public string CopyWithoutOpenCv(string folder)
    {
        var store = Path.Combine(Path.GetDirectoryName(Program)!, ".store");
        var installedFolder = Path.GetDirectoryName(Directory.GetFiles(store, "*OpenCvSharpExtern*", SearchOption.AllDirectories).Single())!;
        foreach (var file in Directory.GetFiles(installedFolder, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file).Contains("OpenCvSharpExtern", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(folder, Path.GetRelativePath(installedFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(file));
            }
        }

        return Path.Combine(folder, OperatingSystem.IsWindows() ? "pix2midi.exe" : "pix2midi");
    }

    /// <summary>
    /// Puts a stand-in OpenCvSharpExtern in <paramref name="folder"/> that needs a GTK library no
    /// system has (<c>libgtk-3.so.9</c>), made with the C compiler: the loader then fails on the
    /// dependency, as on a machine without GTK.
    /// </summary>
    public static void PlantOpenCvNeedingAMissingGtk(string folder)
    {
        using var build = new TempDirectory();
        File.WriteAllText(build.File("gtk.c"), "int gtk_stand_in(void) { return 0; }\n");
        File.WriteAllText(build.File("extern.c"), "int gtk_stand_in(void);\nint core_Mat_sizeof(void) { return gtk_stand_in(); }\n");
        ExternalTool.Run("gcc", ["-shared", "-fPIC", "-Wl,-soname,libgtk-3.so.9", "-o", build.File("libgtk-3.so.9"), build.File("gtk.c")]).EnsureSuccess("gcc");
        ExternalTool.Run("gcc", ["-shared", "-fPIC", "-o", Path.Combine(folder, "libOpenCvSharpExtern.so"), build.File("extern.c"), "-L" + build.Path, "-l:libgtk-3.so.9"]).EnsureSuccess("gcc");
    }

    private string PackAndInstall()
    {
        var slow = TimeSpan.FromMinutes(10);
        // Its own artifacts folder: packing never touches the build the other tests run.
        ExternalTool.Run(
            "dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", "Pix2Midi.Cli"), "-c", "Release", "-o", Packages, "--artifacts-path", Artifacts, "-nologo"],
            slow).EnsureSuccess("dotnet pack");
        var tools = Path.Combine(_temp.Path, "tools");
        ExternalTool.Run("dotnet", ["tool", "install", "Pix2Midi", "--tool-path", tools, "--add-source", Packages], slow)
            .EnsureSuccess("dotnet tool install");
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "pix2midi.exe" : "pix2midi");
    }
}
