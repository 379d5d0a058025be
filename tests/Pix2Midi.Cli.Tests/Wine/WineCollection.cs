namespace Pix2Midi.Cli.Tests.Wine;

/// <summary>
/// The tests of the Windows build under Wine: they share one build, one Wine prefix and one copy of
/// the Windows FFmpeg programs per test run, and run on their own, after the others, so that
/// publishing and Wine never load the machine under the timing tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WineCollection : ICollectionFixture<WineBuild>
{
    public const string Name = "windows build under wine";
}
