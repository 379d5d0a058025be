namespace Pix2Midi.Synth.Tests.Realtime;

/// <summary>
/// Tests with in-process JACK clients run one at a time, after the parallel tests: libjack keeps
/// one server's shared memory per process, and a busy machine starves the test rig's jackd.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JackCollection
{
    public const string Name = "JACK clients in this process";
}
