namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// The sound tests (soundtracks, videos made and muxed with ffmpeg, FluidSynth through JACK): they
/// run on their own, after the others, so that their rendering never loads the machine under the
/// timing tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoundCollection
{
    public const string Name = "sound";
}
