namespace Pix2Midi.Core.Mapping.Schema;

/// <summary>Marks a property (or the items of a list property) that holds a note: a number 0–127 or a name such as <c>C4</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonSchemaNoteAttribute : Attribute;
