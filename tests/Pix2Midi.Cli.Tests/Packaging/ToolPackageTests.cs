using System.IO.Compression;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>
/// The README's install commands, for real: `dotnet pack` then `dotnet tool install` from the
/// packages, then the installed `pix2midi` renders the calibration video. The package for this
/// platform carries precompiled (ReadyToRun) code, so the installed tool starts without
/// compiling its own code first (docs/decisions/0012).
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(8);

    /// <summary>The version every project of the build gets (Directory.Build.props), this test assembly included.</summary>
    private static readonly string PackageVersion = typeof(ToolPackageTests).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [ToolFact("midicsv")]
    public void Pack_and_install_give_a_precompiled_pix2midi_for_this_platform_that_renders_the_calibration_video()
    {
        using var temp = new TempDirectory();
        var packages = Path.Combine(temp.Path, "nupkg");
        // Its own artifacts folder: the test never touches the build the other tests run.
        ExternalTool.Run(
            "dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", "Pix2Midi.Cli"), "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(temp.Path, "artifacts"), "-nologo"],
            Slow).EnsureSuccess("dotnet pack");

        var rid = RuntimeInformation.RuntimeIdentifier;
        var pointer = Path.Combine(packages, $"Pix2Midi.{PackageVersion}.nupkg");
        var platform = Path.Combine(packages, $"Pix2Midi.{rid}.{PackageVersion}.nupkg");
        Assert.True(File.Exists(pointer), string.Join(", ", Directory.GetFiles(packages).Select(Path.GetFileName)));
        Assert.True(File.Exists(platform), string.Join(", ", Directory.GetFiles(packages).Select(Path.GetFileName)));

        // The pointer package sends this platform to its own package.
        using (var zip = ZipFile.OpenRead(pointer))
        {
            var settings = zip.GetEntry("tools/any/any/DotnetToolSettings.xml");
            Assert.NotNull(settings);
            using var stream = settings.Open();
            var ids = XDocument.Load(stream).Descendants("RuntimeIdentifierPackage")
                .ToDictionary(e => (string)e.Attribute("RuntimeIdentifier")!, e => (string)e.Attribute("Id")!);
            Assert.Equal($"Pix2Midi.{rid}", ids[rid]);
        }

        // Pix2Midi's own assemblies in it are precompiled, and it is framework-dependent (no runtime inside).
        using (var zip = ZipFile.OpenRead(platform))
        {
            foreach (var name in new[] { "pix2midi.dll", "Pix2Midi.Core.dll", "Pix2Midi.Midi.dll", "Pix2Midi.Video.dll" })
            {
                var entry = zip.GetEntry($"tools/net10.0/{rid}/{name}");
                Assert.True(entry is not null, $"{name} is not in {Path.GetFileName(platform)}");
                Assert.True(IsReadyToRun(entry), $"{name} in the package is not precompiled (ReadyToRun)");
            }

            Assert.DoesNotContain(zip.Entries, e => e.Name.StartsWith("System.Private.CoreLib", StringComparison.Ordinal));
        }

        var tools = Path.Combine(temp.Path, "tools");
        ExternalTool.Run("dotnet", ["tool", "install", "Pix2Midi", "--tool-path", tools, "--add-source", packages], Slow)
            .EnsureSuccess("dotnet tool install");
        var output = temp.File("calibration.mid");
        var run = ExternalTool.Run(
            Path.Combine(tools, OperatingSystem.IsWindows() ? "pix2midi.exe" : "pix2midi"),
            ["render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", output, "--no-progress"],
            TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, run.StandardError + run.StandardOutput);
        var notes = Midicsv.Read(output).Notes.Where(n => n.IsOn).Select(n => n.Number);
        Assert.Equal(Enumerable.Range(60, 16), notes);
    }

    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        // Precompiled code is announced by the managed native header in the CLI header.
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
