namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>The test classes that run the installed tool: they share one pack and install per test run.</summary>
[CollectionDefinition(Name)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
