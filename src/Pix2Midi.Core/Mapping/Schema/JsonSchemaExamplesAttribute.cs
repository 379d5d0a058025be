namespace Pix2Midi.Core.Mapping.Schema;

/// <summary>Example values the JSON Schema offers editors for a property.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonSchemaExamplesAttribute(params string[] examples) : Attribute
{
    /// <summary>The examples.</summary>
    public IReadOnlyList<string> Examples { get; } = examples;
}
