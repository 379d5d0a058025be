namespace Pix2Midi.Midi.Tests.Backends.Jack;

/// <summary>
/// Tests with in-process JACK clients run one at a time: libjack keeps one server's shared memory
/// per process, so clients of two rigs at once would read each other's graphs. And they run alone,
/// after the parallel tests: a spinning player test next to them starves the non-real-time
/// jackd of the test rig, and then notes arrive a period late.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JackCollection
{
    public const string Name = "JACK clients in this process";
}
