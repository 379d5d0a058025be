namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>One SF2 modulator: a controller source scaled onto a generator (SF2.04 §8.2).</summary>
/// <param name="Source">The source operator: bits 0–6 index, bit 7 MIDI CC, bit 8 direction, bit 9 bipolar, bits 10–15 curve.</param>
/// <param name="Destination">The generator it changes.</param>
/// <param name="Amount">The change at full source, in the generator's units.</param>
public readonly record struct Modulator(ushort Source, GeneratorType Destination, short Amount)
{
    private const ushort ControllerFlag = 0x0080;
    private const ushort BipolarFlag = 0x0200;

    /// <summary>
    /// A MIDI controller, linear and bipolar (−1 at 0, 0 at 64, +1 at 127), onto <paramref name="destination"/>.
    /// </summary>
    public static Modulator BipolarController(int controller, GeneratorType destination, short amount) =>
        controller is < 0 or > 119
            ? throw new ArgumentOutOfRangeException(nameof(controller), controller, "a MIDI controller number is 0-119")
            : new Modulator((ushort)(controller | ControllerFlag | BipolarFlag), destination, amount);
}
