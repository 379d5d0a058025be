namespace Pix2Midi.SampleVideos;

/// <summary>Deals region indices 0..count-1 in shuffled rounds, so each region comes up once per round.</summary>
public sealed class RegionBag
{
    private readonly Pcg32 _random;
    private readonly int[] _regions;
    private int _next;

    public RegionBag(Pcg32 random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _random = random;
        _regions = new int[count];
        for (var i = 0; i < count; i++)
        {
            _regions[i] = i;
        }

        _next = count;
    }

    public int Next()
    {
        if (_next >= _regions.Length)
        {
            Shuffle();
            _next = 0;
        }

        return _regions[_next++];
    }

    private void Shuffle()
    {
        for (var i = _regions.Length - 1; i > 0; i--)
        {
            var j = _random.Next(0, i + 1);
            (_regions[i], _regions[j]) = (_regions[j], _regions[i]);
        }
    }
}
