namespace Pix2Midi.Core.Rendering;

/// <summary>Watches a render: a progress bar, a test.</summary>
/// <remarks>Called on the rendering thread after every frame, so it must be cheap and must not allocate.</remarks>
public interface IRenderObserver
{
    /// <summary>A frame has been processed.</summary>
    void OnFrame(in RenderProgress progress);
}
