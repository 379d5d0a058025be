namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>One sine component of a <see cref="LoopedTone"/>.</summary>
/// <param name="Ratio">Frequency as a multiple of the fundamental (need not be whole: bells).</param>
/// <param name="Steady">Amplitude in the looped, steady part.</param>
/// <param name="Attack">Amplitude at the onset; it glides to <paramref name="Steady"/> before the loop starts.</param>
/// <param name="AttackSeconds">Time constant of that glide.</param>
/// <param name="CycleOffset">Extra whole cycles per loop (detunes by 1/loop-length Hz per cycle: chorus, beating).</param>
/// <param name="Phase">Starting phase, in turns.</param>
public readonly record struct Partial(double Ratio, double Steady, double Attack, double AttackSeconds, int CycleOffset = 0, double Phase = 0);
