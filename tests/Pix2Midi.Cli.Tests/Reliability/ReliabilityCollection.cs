namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// The reliability tests start several <c>pix2midi</c> processes, stream servers and JACK servers
/// at once: they run on their own, after the other tests, so they neither slow down nor are slowed
/// by the tests that measure timing (JACK frame accuracy, the synth's attacks).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability: signals and lost outputs";
}
