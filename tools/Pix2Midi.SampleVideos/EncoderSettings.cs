namespace Pix2Midi.SampleVideos;

/// <summary>Fixed x264 settings for one output video.</summary>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="FramesPerSecond">Constant frame rate.</param>
/// <param name="ConstantRateFactor">x264 CRF (lower is better quality, bigger file).</param>
/// <param name="KeyframeInterval">Maximum GOP length in frames, or null for the x264 default.</param>
public sealed record EncoderSettings(
    int Width,
    int Height,
    int FramesPerSecond,
    int ConstantRateFactor,
    int? KeyframeInterval = null);
