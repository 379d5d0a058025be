using Pix2Midi.Core.Frames;

namespace Pix2Midi.Midi.Playback.Live;

/// <summary>One captured frame's luma (and colour planes, when the source gives them), copied out of the source, and when it was captured.</summary>
/// <remarks>Owned by <see cref="LatestFrame"/>; reused for later frames once handed back.</remarks>
internal sealed class LiveFrameBuffer
{
    private byte[] _pixels = [];
    private byte[] _u = [];
    private byte[] _v = [];
    private int _chromaWidth;
    private int _chromaHeight;
    private int _shiftX;
    private int _shiftY;
    private bool _fullRange;

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp taken when the source handed the frame over.</summary>
    public long CaptureTimestamp { get; private set; }

    /// <summary>Which opening of the source the frame came from (0 for the first).</summary>
    public int Connection { get; private set; }

    public LumaPlane Luma => new(Width, Height, Width, _pixels);

    /// <summary>The colour planes, empty when the source gave none.</summary>
    public ChromaPlanes Chroma => _chromaWidth == 0
        ? default
        : new(_chromaWidth, _chromaHeight, _chromaWidth, _shiftX, _shiftY, _u, _v, _fullRange);

    /// <summary>Copies a frame in, row by row, growing the buffers only when the size grows.</summary>
    public void CopyFrom(LumaPlane luma, ChromaPlanes chroma, long captureTimestamp, int connection)
    {
        CopyFrom(luma, captureTimestamp, connection);
        if (chroma.IsEmpty)
        {
            _chromaWidth = 0;
            return;
        }

        var length = chroma.Width * chroma.Height;
        if (_u.Length < length)
        {
            _u = new byte[length];
            _v = new byte[length];
        }

        for (var y = 0; y < chroma.Height; y++)
        {
            chroma.URow(y).CopyTo(_u.AsSpan(y * chroma.Width, chroma.Width));
            chroma.VRow(y).CopyTo(_v.AsSpan(y * chroma.Width, chroma.Width));
        }

        (_chromaWidth, _chromaHeight, _shiftX, _shiftY, _fullRange) = (chroma.Width, chroma.Height, chroma.ShiftX, chroma.ShiftY, chroma.FullRange);
    }

    /// <summary>Copies <paramref name="luma"/> in, row by row, growing the buffer only when the size grows; the frame has no colour.</summary>
    public void CopyFrom(LumaPlane luma, long captureTimestamp, int connection)
    {
        _chromaWidth = 0;
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
