using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.NativeAot;

// --native: every benchmark twice, in the same run, as ordinary .NET (JIT) and compiled as a native
// (AOT) program, the form the tool ships in on Linux and macOS (docs/decisions/0014): the SDK's own
// native compiler (no package version of BenchmarkDotNet's choosing, which central package
// management would refuse), for AVX2 where the machine has it, as `dotnet pack` builds the tool.
IConfig? config = null;
if (args.Contains("--native"))
{
    args = [.. args.Where(a => a != "--native")];
    var native = NativeAotToolchain.CreateBuilder()
        .UseNuGet(string.Empty, "https://api.nuget.org/v3/index.json")
        .IlcInstructionSet(System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "avx2" : string.Empty)
        .TargetFrameworkMoniker("net10.0")
        .ToToolchain();
    config = DefaultConfig.Instance
        .AddJob(Job.Default.WithId("JIT").AsBaseline())
        .AddJob(Job.Default.WithToolchain(native).WithId("native"));
}

BenchmarkSwitcher.FromAssembly(typeof(Pix2Midi.Benchmarks.FrameProcessorBenchmarks).Assembly).Run(args, config);
