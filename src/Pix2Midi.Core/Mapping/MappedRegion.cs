using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Mapping;

/// <summary>One region of a loaded mapping, with every default applied.</summary>
/// <param name="Name">Unique name, for messages and previews (grid cells are <c>grid[row,column]</c>, row 1 at the bottom).</param>
/// <param name="Rect">Where in the frame.</param>
/// <param name="Measure">What is measured.</param>
/// <param name="Channel">MIDI channel 1–16.</param>
/// <param name="Note">MIDI note number 0–127.</param>
/// <param name="On">The note starts when the value rises to this (0–1).</param>
/// <param name="Off">The note stops when the value falls below this (0–1, lower than <paramref name="On"/>).</param>
/// <param name="VelocityMin">Velocity when the value is just at <paramref name="On"/> (1–127).</param>
/// <param name="VelocityMax">Velocity when the value is 1 (1–127).</param>
public sealed record MappedRegion(
    string Name,
    NormalizedRect Rect,
    RegionMeasure Measure,
    int Channel,
    int Note,
    double On,
    double Off,
    int VelocityMin,
    int VelocityMax);
