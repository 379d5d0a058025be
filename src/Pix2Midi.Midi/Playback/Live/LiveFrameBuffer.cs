using Pix2Midi.Core.Frames;

namespace Pix2Midi.Midi.Playback.Live;

/// <summary>One captured frame's luma, copied out of the source, and when it was captured.</summary>
/// <remarks>Owned by <see cref="LatestFrame"/>; reused for later frames once handed back.</remarks>
internal sealed class LiveFrameBuffer
{
    private byte[] _pixels = [];

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp taken when the source handed the frame over.</summary>
    public long CaptureTimestamp { get; private set; }

    /// <summary>Which opening of the source the frame came from (0 for the first).</summary>
    public int Connection { get; private set; }

    public LumaPlane Luma => new(Width, Height, Width, _pixels);

    /// <summary>Copies <paramref name="luma"/> in, row by row, growing the buffer only when the size grows.</summary>
    public void CopyFrom(LumaPlane luma, long captureTimestamp, int connection)
    {
        var length = luma.Width * luma.Height;
        if (_pixels.Length < length)
        {
            _pixels = new byte[length];
        }

        if (luma.Stride == luma.Width)
        {
            luma.Pixels[..length].CopyTo(_pixels);
        }
        else
        {
            for (var y = 0; y < luma.Height; y++)
            {
                luma.Row(y).CopyTo(_pixels.AsSpan(y * luma.Width, luma.Width));
            }
        }

        Width = luma.Width;
        Height = luma.Height;
        CaptureTimestamp = captureTimestamp;
        Connection = connection;
    }
}
