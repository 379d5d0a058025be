namespace Pix2Midi.SampleVideos;

/// <summary>
/// A small PCG32 pseudo-random generator (XSH-RR output). It uses only integer
/// arithmetic plus exact conversions, so a given seed yields the same sequence on
/// every machine and .NET version, unlike <see cref="System.Random"/>.
/// </summary>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;

    private readonly ulong _increment;
    private ulong _state;

    public Pcg32(ulong seed, ulong stream = 54)
    {
        _increment = (stream << 1) | 1UL;
        _state = 0;
        NextUInt();
        _state += seed;
        NextUInt();
    }

    public uint NextUInt()
    {
        var old = _state;
        _state = unchecked((old * Multiplier) + _increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << ((-rotation) & 31));
    }

    /// <summary>A double in [0, 1) with 32 bits of randomness.</summary>
    public double NextDouble() => NextUInt() * (1.0 / 4294967296.0);

    /// <summary>A double in [min, max).</summary>
    public double Range(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>An integer in [min, max) (max exclusive).</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            return min;
        }

        var span = (ulong)(max - min);
        return min + (int)((NextUInt() * span) >> 32);
    }

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>
    /// A uniformly distributed point on the unit sphere, found by rejection sampling
    /// and normalising (no trigonometry, so results stay bit-identical everywhere).
    /// </summary>
    public (double X, double Y, double Z) OnUnitSphere()
    {
        while (true)
        {
            var x = Range(-1, 1);
            var y = Range(-1, 1);
            var z = Range(-1, 1);
            var lengthSquared = (x * x) + (y * y) + (z * z);
            if (lengthSquared is > 1e-6 and <= 1)
            {
                var length = Math.Sqrt(lengthSquared);
                return (x / length, y / length, z / length);
            }
        }
    }

    /// <summary>A uniformly distributed direction in the plane (unit length).</summary>
    public (double X, double Y) OnUnitCircle()
    {
        while (true)
        {
            var x = Range(-1, 1);
            var y = Range(-1, 1);
            var lengthSquared = (x * x) + (y * y);
            if (lengthSquared is > 1e-6 and <= 1)
            {
                var length = Math.Sqrt(lengthSquared);
                return (x / length, y / length);
            }
        }
    }
}
