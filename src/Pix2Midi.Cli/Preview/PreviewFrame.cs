using Pix2Midi.Core.Frames;

namespace Pix2Midi.Cli.Preview;

/// <summary>A copy of one frame's luma for the preview, with where it belongs in the run.</summary>
internal sealed class PreviewFrame
{
    public byte[] Pixels { get; private set; } = [];

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Which pass through the video (<c>run --loop</c>); 0 for live.</summary>
    public long Pass { get; private set; }

    /// <summary>The frame's time within its pass.</summary>
    public TimeSpan Time { get; private set; }

    public void CopyFrom(LumaPlane luma, long pass, TimeSpan time)
    {
        var length = luma.Width * luma.Height;
        if (Pixels.Length < length)
        {
            Pixels = new byte[length];
        }

        for (var y = 0; y < luma.Height; y++)
        {
            luma.Row(y).CopyTo(Pixels.AsSpan(y * luma.Width, luma.Width));
        }

        Width = luma.Width;
        Height = luma.Height;
        Pass = pass;
        Time = time;
    }
}
