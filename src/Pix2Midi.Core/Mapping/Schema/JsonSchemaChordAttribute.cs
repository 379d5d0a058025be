namespace Pix2Midi.Core.Mapping.Schema;

/// <summary>Marks the <c>chord</c> property: a chord name, a list of semitones, or an object of <c>intervals</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonSchemaChordAttribute : Attribute;
