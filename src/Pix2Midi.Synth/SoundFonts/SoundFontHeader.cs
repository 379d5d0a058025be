namespace Pix2Midi.Synth.SoundFonts;

/// <summary>What the start of a SoundFont file says about it.</summary>
/// <param name="Kind">SF2, SF3 or DLS.</param>
/// <param name="Major">The <c>ifil</c> major version (2 or 3; 0 for DLS).</param>
/// <param name="Minor">The <c>ifil</c> minor version.</param>
/// <param name="Title">The <c>INAM</c> name inside, such as "Fluid R3 GM", when there is one.</param>
public sealed record SoundFontHeader(SoundFontKind Kind, int Major, int Minor, string? Title);
