namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>
/// The test classes that run the installed tool: they share one pack and install per test run, and
/// run on their own, after the others, so that packing and their many runs never load the machine
/// under the timing tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
