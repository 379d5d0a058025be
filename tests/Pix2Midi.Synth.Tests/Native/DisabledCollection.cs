namespace Pix2Midi.Synth.Tests.Native;

/// <summary>Tests that turn FluidSynth off for the whole process run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DisabledCollection
{
    public const string Name = "FluidSynth turned off";
}
