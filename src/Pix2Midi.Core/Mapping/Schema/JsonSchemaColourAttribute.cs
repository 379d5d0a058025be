namespace Pix2Midi.Core.Mapping.Schema;

/// <summary>Marks a property that holds a colour: one of the names <see cref="Analysis.ColourKey"/> knows, or <c>#rrggbb</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonSchemaColourAttribute : Attribute;
