namespace Pix2Midi.Core.Mapping.Schema;

/// <summary>The range of each whole number in a list property.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonSchemaItemRangeAttribute(int minimum, int maximum) : Attribute
{
    /// <summary>The smallest allowed item.</summary>
    public int Minimum { get; } = minimum;

    /// <summary>The largest allowed item.</summary>
    public int Maximum { get; } = maximum;
}
