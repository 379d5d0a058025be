namespace Pix2Midi.Core.Mapping;

/// <summary>What a <see cref="MappingWatcher"/> found after the file changed.</summary>
/// <param name="Path">The mapping file.</param>
/// <param name="Mapping">The new mapping, or null when the save was invalid or the file went away.</param>
/// <param name="Problems">Why there is no new mapping (empty when there is one).</param>
public sealed record MappingReload(string Path, Mapping? Mapping, IReadOnlyList<MappingProblem> Problems)
{
    /// <summary>Whether the save gave a mapping to play.</summary>
    public bool Succeeded => Mapping is not null;
}
