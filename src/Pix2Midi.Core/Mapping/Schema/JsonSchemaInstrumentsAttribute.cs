namespace Pix2Midi.Core.Mapping.Schema;

/// <summary>
/// Marks the <c>instruments</c> object: keys are channels "1"–"16", values General MIDI names or
/// numbers 1–128, and the schema offers every name to editors.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonSchemaInstrumentsAttribute : Attribute;
