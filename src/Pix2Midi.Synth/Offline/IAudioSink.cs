namespace Pix2Midi.Synth.Offline;

/// <summary>Where rendered audio goes: a WAV file (<see cref="WavWriter"/>), raw PCM for another program (<see cref="PcmStreamSink"/>), or a test's buffer.</summary>
/// <remarks>Called from one thread: <see cref="Begin"/> once, <see cref="Write"/> for each block, <see cref="Complete"/> once. <see cref="Write"/> should allocate nothing.</remarks>
public interface IAudioSink
{
    /// <summary>Says what is coming, before the first sample.</summary>
    void Begin(AudioFormat format);

    /// <summary>Takes interleaved float samples, nominally −1 to 1 (louder passages go beyond; the sink decides what to do with them).</summary>
    void Write(ReadOnlySpan<float> interleaved);

    /// <summary>Says every frame has been written.</summary>
    void Complete();
}
