using Pix2Midi.Synth.Offline;

namespace Pix2Midi.Synth.Tests;

/// <summary>A sink that keeps every float sample in memory.</summary>
internal sealed class BufferSink : IAudioSink
{
    private readonly List<float> _samples = [];

    public AudioFormat Format { get; private set; }

    public bool Completed { get; private set; }

    public float[] Samples => [.. _samples];

    public void Begin(AudioFormat format) => Format = format;

    public void Write(ReadOnlySpan<float> interleaved)
    {
        foreach (var x in interleaved)
        {
            _samples.Add(x);
        }
    }

    public void Complete() => Completed = true;
}
