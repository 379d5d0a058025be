namespace Pix2Midi.Core.Rendering;

/// <summary>Where a render is: handed to an <see cref="IRenderObserver"/> after every frame.</summary>
/// <param name="Frames">Frames processed so far.</param>
/// <param name="Position">The last frame's presentation time.</param>
/// <param name="Notes">Note-ons emitted so far.</param>
public readonly record struct RenderProgress(long Frames, TimeSpan Position, long Notes);
