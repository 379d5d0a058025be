namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>
/// Turns <see cref="System.Diagnostics.Stopwatch"/> due times into absolute JACK frames: anchored
/// once, so the spacing between messages is exact to the frame.
/// </summary>
/// <remarks>
/// <para>
/// The anchor is the first message: its due time maps to the frame JACK estimates for that moment
/// (<c>jack_frame_time()</c> now, plus the time still to go). Every later message lands at the
/// anchor frame plus its distance from the first due time, rounded to the nearest frame, so
/// messages due exactly 1/30 s apart land exactly 1600 frames apart at 48 kHz, whatever the jitter
/// of the thread that hands them over.
/// </para>
/// <para>
/// Frames are <c>jack_nframes_t</c>: unsigned 32-bit, wrapping after about a day at 48 kHz.
/// Compare them with <see cref="Difference"/>, never with &lt; or &gt;.
/// </para>
/// </remarks>
/// <param name="sampleRate">The server's frames a second.</param>
/// <param name="frequency">Stopwatch ticks a second.</param>
internal sealed class JackSchedule(uint sampleRate, long frequency)
{
    private long _originTimestamp;
    private uint _originFrame;

    /// <summary>Whether <see cref="Anchor"/> has been called.</summary>
    public bool IsAnchored { get; private set; }

    /// <summary>Ties <paramref name="dueTimestamp"/> to the frame JACK will be at then.</summary>
    /// <param name="dueTimestamp">The first message's due time.</param>
    /// <param name="nowTimestamp">The Stopwatch time when <paramref name="nowFrame"/> was read.</param>
    /// <param name="nowFrame"><c>jack_frame_time()</c>, read at <paramref name="nowTimestamp"/>.</param>
    public void Anchor(long dueTimestamp, long nowTimestamp, uint nowFrame)
    {
        _originTimestamp = dueTimestamp;
        _originFrame = unchecked(nowFrame + (uint)FramesIn(dueTimestamp - nowTimestamp));
        IsAnchored = true;
    }

    /// <summary>The absolute frame at which a message due at <paramref name="timestamp"/> must sound.</summary>
    public uint FrameAt(long timestamp) => unchecked(_originFrame + (uint)FramesIn(timestamp - _originTimestamp));

    /// <summary>Moves every later frame by <paramref name="frames"/> (to follow a sound card's clock drifting from the system's).</summary>
    public void Shift(int frames) => _originFrame = unchecked(_originFrame + (uint)frames);

    /// <summary><paramref name="ticks"/> of the Stopwatch as frames, rounded to the nearest (halves away from zero).</summary>
    public long FramesIn(long ticks)
    {
        var scaled = (Int128)ticks * sampleRate;
        var half = (Int128)(frequency / 2);
        return (long)((scaled >= 0 ? scaled + half : scaled - half) / frequency);
    }

    /// <summary>Frames as a Stopwatch duration.</summary>
    public TimeSpan Duration(long frames) => TimeSpan.FromSeconds(frames / (double)sampleRate);

    /// <summary><paramref name="a"/> − <paramref name="b"/> on the wrapping frame clock: negative when <paramref name="a"/> is earlier.</summary>
    public static int Difference(uint a, uint b) => unchecked((int)(a - b));
}
