namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>
/// A trapezoidal state-variable filter (low, band and high pass at once), stable at any cutoff
/// below Nyquist; used to colour noise for drums and effects.
/// </summary>
public sealed class StateVariableFilter
{
    private readonly double _damping;
    private readonly double _a1;
    private readonly double _a2;
    private readonly double _a3;
    private double _ic1;
    private double _ic2;

    /// <param name="cutoffHz">Cutoff or centre frequency.</param>
    /// <param name="q">Resonance (0.707 flat; higher is narrower).</param>
    /// <param name="sampleRate">Hertz.</param>
    public StateVariableFilter(double cutoffHz, double q, int sampleRate)
    {
        var turns = Math.Min(cutoffHz / sampleRate, 0.49) / 2;
        var g = DeterministicMath.SinTurns(turns) / DeterministicMath.SinTurns(turns + 0.25);
        _damping = 1 / q;
        _a1 = 1 / (1 + (g * (g + _damping)));
        _a2 = g * _a1;
        _a3 = g * _a2;
    }

    /// <summary>The last low-pass output.</summary>
    public double Low { get; private set; }

    /// <summary>The last band-pass output.</summary>
    public double Band { get; private set; }

    /// <summary>The last high-pass output.</summary>
    public double High { get; private set; }

    /// <summary>Filters one point; read <see cref="Low"/>, <see cref="Band"/> or <see cref="High"/>.</summary>
    public void Process(double input)
    {
        var v3 = input - _ic2;
        var v1 = (_a1 * _ic1) + (_a2 * v3);
        var v2 = _ic2 + (_a2 * _ic1) + (_a3 * v3);
        _ic1 = (2 * v1) - _ic1;
        _ic2 = (2 * v2) - _ic2;
        Low = v2;
        Band = v1;
        High = input - (_damping * v1) - v2;
    }
}
