using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Turns each frame's region measurements into note and controller events: a note starts when a
/// region's value rises to its on threshold and stops when it falls below the lower off threshold.
/// </summary>
/// <remarks>
/// <para>
/// A pure function of (measurements, time, state): it knows no clock and no sink, so an offline
/// render and a real-time run produce the same events. Times (minimum length, cooldown, notes per
/// second, smoothing) are the frames' video times. Thinning draws from a hash of the seed, the
/// frame's time and the region's name, never from a shared random stream, so the same frames
/// give the same notes however they are run. Every note-on it emits gets its note-off, from a
/// later frame, from <see cref="Replace"/> or from <see cref="ReleaseAll"/>.
/// </para>
/// <para>
/// Within a frame, note-offs come first, then control changes, then note-ons, so a note handed
/// from one region to another retriggers and a controller is in place before the note it shapes.
/// The mapping's instruments go before all of them, as program changes on the first frame (and
/// on the first frame after a reload that changes them), so every sink, a file or a port, hears
/// the instrument before its first note.
/// Two regions may play the same key on the same channel: it sounds while either holds it, with
/// one note-on and one note-off.
/// </para>
/// <para>Allocates nothing per frame (only <see cref="Replace"/> does). Not thread-safe.</para>
/// </remarks>
public sealed partial class MappingEngine
{
    private const long Never = long.MinValue / 4;

    private readonly ushort[] _holders = new ushort[16 * 128];
    private MappedRegion[] _regions = [];
    private RegionState[] _state = [];
    private int[][] _pitchNotes = [];
    private ulong[] _nameHashes = [];
    private long[] _recentOns = [];
    private int _recentNext;
    private int _recentCount;

    /// <summary>Prepares to play <paramref name="mapping"/>.</summary>
    public MappingEngine(Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        Mapping = mapping;
        Build(mapping);
        for (var i = 0; i < _state.Length; i++)
        {
            _state[i] = RegionState.Fresh;
        }

        _pendingPrograms = ChooseInstruments(mapping);
    }

    /// <summary>The mapping being played.</summary>
    public Mapping Mapping { get; private set; }

    /// <summary>
    /// The most events one call to <see cref="Process"/> or <see cref="ReleaseAll"/> can emit: two
    /// per region that plays notes (an off and an on), one per controller and one program change
    /// per channel with an instrument.
    /// </summary>
    public int MaxEventsPerFrame { get; private set; }

    /// <summary>How many keys are sounding now.</summary>
    public int SoundingNotes { get; private set; }

    /// <summary>Whether region <paramref name="index"/> is sounding a note.</summary>
    public bool IsLit(int index) => _state[index].Phase == Phase.Sounding;

    /// <summary>The note region <paramref name="index"/> started last (its chord's root), valid while it is lit.</summary>
    public int LitNote(int index) => _state[index].Note;

    /// <summary>The video time (in ticks) region <paramref name="index"/> started its last note at.</summary>
    public long LitSince(int index) => _state[index].OnTime;

    /// <summary>The velocity region <paramref name="index"/> started its last note with, valid while it is lit.</summary>
    public int LitVelocity(int index) => _state[index].Velocity;

    /// <summary>The value a region's notes follow, from its measurement.</summary>
    public static double ValueOf(MappedRegion region, RegionMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Read(region.Measure, measurement);
    }

    /// <summary>One reading of a measurement, 0–1.</summary>
    public static double Read(RegionMeasure measure, RegionMeasurement measurement) => measure switch
    {
        RegionMeasure.Peak => measurement.Peak,
        RegionMeasure.Darkness => 1 - measurement.Mean,
        RegionMeasure.Motion => measurement.Motion,
        RegionMeasure.Coverage => measurement.Coverage,
        RegionMeasure.Hue => measurement.Hue,
        RegionMeasure.Saturation => measurement.Saturation,
        RegionMeasure.Red => measurement.Red,
        RegionMeasure.Green => measurement.Green,
        RegionMeasure.Blue => measurement.Blue,
        RegionMeasure.Change => measurement.Change,
        RegionMeasure.X => measurement.X,
        RegionMeasure.Y => measurement.Y,
        _ => measurement.Mean,
    };

    /// <summary>
    /// Where along its pitch range a region's note lies, 0–1: from its value (the on threshold at 0),
    /// or straight from the reading its pitch follows (hue, x, y).
    /// </summary>
    public static double PitchPosition(MappedRegion region, RegionMeasurement measurement, double value)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.PitchFrom is { } from ? Read(from, measurement) : PositionOf(region, value);
    }

    /// <summary>Where a value lies between the region's on threshold (0) and 1 (1).</summary>
    public static double PositionOf(MappedRegion region, double value)
    {
        ArgumentNullException.ThrowIfNull(region);
        var span = 1 - region.On;
        return span <= 0 ? 1 : Math.Clamp((value - region.On) / span, 0, 1);
    }

    /// <summary>The velocity for a value at or above the region's on threshold, along its curve.</summary>
    public static int VelocityFor(MappedRegion region, double value)
    {
        ArgumentNullException.ThrowIfNull(region);
        var position = Curve(region.VelocityCurve, region.VelocityShape, PositionOf(region, value));
        var velocity = (int)Math.Round(region.VelocityMin + ((region.VelocityMax - region.VelocityMin) * position), MidpointRounding.AwayFromZero);
        return Math.Clamp(velocity, 1, 127);
    }

    /// <summary>A velocity curve at <paramref name="p"/> (0–1), from 0 to 1.</summary>
    public static double Curve(VelocityCurve curve, double shape, double p) => curve switch
    {
        VelocityCurve.Exponential => Exponential(shape, p),
        VelocityCurve.Logarithmic => 1 - Exponential(shape, 1 - p),
        VelocityCurve.Gamma => Math.Pow(p, shape),
        _ => p,
    };

    /// <summary>Processes one frame.</summary>
    /// <param name="time">The frame's presentation time: every event emitted carries it.</param>
    /// <param name="measurements">One measurement per region, in the mapping's order.</param>
    /// <param name="output">Where events are written; needs <see cref="MaxEventsPerFrame"/> room.</param>
    /// <returns>How many events were written.</returns>
    public int Process(TimeSpan time, ReadOnlySpan<RegionMeasurement> measurements, Span<NoteEvent> output)
    {
        if (measurements.Length < _regions.Length)
        {
            throw new ArgumentException($"{_regions.Length} measurements are needed, {measurements.Length} were given.", nameof(measurements));
        }

        var now = time.Ticks;
        var count = _pendingPrograms == 0 ? 0 : SendPrograms(time, output);
        for (var i = 0; i < _regions.Length; i++)
        {
            ref var state = ref _state[i];
            if (state.Phase == Phase.Idle)
            {
                continue;
            }

            var region = _regions[i];
            if (ValueOf(region, measurements[i]) >= region.Off)
            {
                continue;
            }

            if (state.Phase == Phase.Held)
            {
                state.Phase = Phase.Idle;
            }
            else if (now - state.OnTime >= region.MinLength.Ticks)
            {
                state.Phase = Phase.Idle;
                state.OffTime = now;
                count += ReleaseRegion(time, region, state.Note, output[count..]);
            }
        }

        for (var i = 0; i < _regions.Length; i++)
        {
            if (_regions[i].Control is { } control)
            {
                var reading = control.From is { } from ? Read(from, measurements[i]) : ValueOf(_regions[i], measurements[i]);
                count += Controller(time, i, control, reading, output[count..]);
            }
        }

        for (var i = 0; i < _regions.Length; i++)
        {
            ref var state = ref _state[i];
            var region = _regions[i];
            if (state.Phase != Phase.Idle || !region.PlaysNotes)
            {
                continue;
            }

            var value = ValueOf(region, measurements[i]);
            if (value < region.On || now - state.OffTime < region.Cooldown.Ticks)
            {
                continue;
            }

            var note = _pitchNotes[i] is { Length: > 0 } notes ? PitchRange.NoteAt(notes, PitchPosition(region, measurements[i], value)) : region.Note;
            if (!Allowed(now, i, region, note))
            {
                // Refused by a limit or thinned: the trigger is spent until the value falls below "off".
                state.Phase = Phase.Held;
                continue;
            }

            state.Phase = Phase.Sounding;
            state.Note = note;
            state.OnTime = now;
            state.Velocity = VelocityFor(region, value);
            count += PressRegion(time, region, note, state.Velocity, output[count..]);
        }

        return count;
    }

    /// <summary>Stops every sounding note: at the end of a video, on stop, on error.</summary>
    /// <returns>How many note-offs were written.</returns>
    public int ReleaseAll(TimeSpan time, Span<NoteEvent> output)
    {
        var count = 0;
        for (var i = 0; i < _regions.Length; i++)
        {
            ref var state = ref _state[i];
            if (state.Phase == Phase.Sounding)
            {
                state.OffTime = time.Ticks;
                count += ReleaseRegion(time, _regions[i], state.Note, output[count..]);
            }

            state.Phase = Phase.Idle;
        }

        return count;
    }

    private static double Exponential(double shape, double p) =>
        shape <= 0 ? p : (Math.Exp(shape * p) - 1) / (Math.Exp(shape) - 1);

    private int Controller(TimeSpan time, int index, ControlOutput control, double value, Span<NoteEvent> output)
    {
        ref var state = ref _state[index];
        var now = time.Ticks;
        if (!state.HasControl || control.Smoothing <= TimeSpan.Zero)
        {
            state.Smoothed = value;
        }
        else
        {
            var elapsed = Math.Max(0, now - state.ControlTime);
            var follow = 1 - Math.Exp(-(double)elapsed / control.Smoothing.Ticks);
            state.Smoothed += (value - state.Smoothed) * follow;
        }

        state.HasControl = true;
        state.ControlTime = now;
        var cc = control.ValueFor(state.Smoothed);
        if (cc == state.LastControl)
        {
            return 0;
        }

        state.LastControl = cc;
        output[0] = NoteEvent.ControlChange(time, _regions[index].Channel - 1, control.Controller, cc);
        return 1;
    }

    /// <summary>Starts a region's note, or its chord, or (an arpeggio, which the scheduling stage plays) only its voice.</summary>
    private int PressRegion(TimeSpan time, MappedRegion region, int note, int velocity, Span<NoteEvent> output)
    {
        if (region.Arpeggio is not null)
        {
            SoundingNotes++;
            RecordOn(time);
            return 0;
        }

        if (region.Chord is not { } chord)
        {
            return Press(time, region.Channel, note, velocity, output);
        }

        Span<int> notes = stackalloc int[Music.ChordShape.MaxNotes];
        var count = 0;
        var chordNotes = notes[..chord.NotesOn(note, region.Scale, notes)];
        foreach (var n in chordNotes)
        {
            count += Press(time, region.Channel, n, velocity, output[count..]);
        }

        return count;
    }

    /// <summary>Stops what <see cref="PressRegion"/> started.</summary>
    private int ReleaseRegion(TimeSpan time, MappedRegion region, int note, Span<NoteEvent> output)
    {
        if (region.Arpeggio is not null)
        {
            SoundingNotes--;
            return 0;
        }

        if (region.Chord is not { } chord)
        {
            return Release(time, region.Channel, note, output);
        }

        Span<int> notes = stackalloc int[Music.ChordShape.MaxNotes];
        var count = 0;
        var chordNotes = notes[..chord.NotesOn(note, region.Scale, notes)];
        foreach (var n in chordNotes)
        {
            count += Release(time, region.Channel, n, output[count..]);
        }

        return count;
    }

    private int Press(TimeSpan time, int channel, int note, int velocity, Span<NoteEvent> output)
    {
        ref var holders = ref _holders[Key(channel, note)];
        holders++;
        if (holders > 1)
        {
            return 0;
        }

        SoundingNotes++;
        RecordOn(time);
        output[0] = NoteEvent.NoteOn(time, channel - 1, note, velocity);
        return 1;
    }

    private void RecordOn(TimeSpan time)
    {
        if (_recentOns.Length > 0)
        {
            _recentOns[_recentNext] = time.Ticks;
            _recentNext = (_recentNext + 1) % _recentOns.Length;
            _recentCount = Math.Min(_recentCount + 1, _recentOns.Length);
        }
    }

    private int Release(TimeSpan time, int channel, int note, Span<NoteEvent> output)
    {
        ref var holders = ref _holders[Key(channel, note)];
        holders--;
        if (holders > 0)
        {
            return 0;
        }

        SoundingNotes--;
        output[0] = NoteEvent.NoteOff(time, channel - 1, note);
        return 1;
    }

    private static int Key(int channel, int note) => ((channel - 1) * 128) + note;

    private enum Phase : byte
    {
        /// <summary>Below its on threshold, or waiting out its cooldown.</summary>
        Idle,

        /// <summary>Holding a key.</summary>
        Sounding,

        /// <summary>Triggered, but a limit or thinning refused the note: silent until the value falls below "off".</summary>
        Held,
    }

    private struct RegionState
    {
        public static readonly RegionState Fresh = new() { OffTime = Never, LastControl = -1 };

        public Phase Phase;
        public int Note;
        public int Velocity;
        public long OnTime;
        public long OffTime;
        public bool HasControl;
        public double Smoothed;
        public long ControlTime;
        public int LastControl;
    }
}
