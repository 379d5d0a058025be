using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pix2Midi.Core.Mapping.Documents;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Checks every value of a parsed mapping against the type the document model expects, reports
/// each mismatch, and writes a copy without them, so one wrong type does not hide the file's
/// other problems (the serializer alone stops at the first).
/// </summary>
/// <remarks>
/// Driven by the source-generated contract (<see cref="MappingJsonContext"/>), so it follows the
/// model as it grows. Unknown properties are copied through for the compiler to report by name;
/// a property given twice is reported here.
/// </remarks>
internal static class MappingTypeChecker
{
    public static byte[] Clean(JsonElement root, MappingProblems problems)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, root, MappingJsonContext.Default.MappingDocument, "$", problems);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement element, JsonTypeInfo info, string path, MappingProblems problems)
    {
        writer.WriteStartObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = JsonLocator.Child(path, property.Name);
            if (!seen.Add(property.Name))
            {
                problems.AtName(at, $"\"{property.Name}\" is given twice in this object; keep one");
                continue;
            }

            var known = info.Properties.FirstOrDefault(p => !p.IsExtensionData && p.Name == property.Name);
            if (known is null || property.Value.ValueKind == JsonValueKind.Null)
            {
                property.WriteTo(writer);
                continue;
            }

            var type = Nullable.GetUnderlyingType(known.PropertyType) ?? known.PropertyType;
            if (!Fits(type, property.Value))
            {
                problems.AtValue(at, $"found {Describe(property.Value)}; allowed: {MappingVocabulary.Allowed(property.Name, Parent(path))}");
                continue;
            }

            writer.WritePropertyName(property.Name);
            WriteValue(writer, property.Value, type, at, property.Name, problems);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonElement value, Type type, string path, string name, MappingProblems problems)
    {
        if (ItemType(type) is { } itemType)
        {
            var item = Nullable.GetUnderlyingType(itemType) ?? itemType;
            writer.WriteStartArray();
            var index = 0;
            foreach (var element in value.EnumerateArray())
            {
                var at = JsonLocator.Item(path, index++);
                if (element.ValueKind == JsonValueKind.Null)
                {
                    writer.WriteNullValue();
                }
                else if (Fits(item, element))
                {
                    WriteValue(writer, element, item, at, name, problems);
                }
                else
                {
                    problems.AtValue(at, $"found {Describe(element)}; allowed: {MappingVocabulary.AllowedItem(name)}");
                    if (!item.IsValueType)
                    {
                        writer.WriteNullValue();
                    }
                }
            }

            writer.WriteEndArray();
        }
        else if (type != typeof(JsonElement) && value.ValueKind == JsonValueKind.Object)
        {
            WriteObject(writer, value, MappingJsonContext.Default.GetTypeInfo(type)!, path, problems);
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private static bool Fits(Type type, JsonElement value)
    {
        if (type == typeof(JsonElement))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _);
        }

        if (type == typeof(double))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d);
        }

        if (type == typeof(string))
        {
            return value.ValueKind == JsonValueKind.String;
        }

        if (ItemType(type) is not null)
        {
            return value.ValueKind == JsonValueKind.Array;
        }

        return value.ValueKind == JsonValueKind.Object;
    }

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static string? Parent(string path)
    {
        var cut = path.LastIndexOf('.');
        var last = cut < 0 ? path : path[(cut + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? last[..bracket] : last;
    }

    /// <summary>A value as a message shows what was found: <c>the text "one"</c>, <c>the number 2.5</c>, <c>a list</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text {MappingText.Quote(value.GetString() ?? string.Empty)}",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => $"a list of {value.GetArrayLength().ToString(CultureInfo.InvariantCulture)}",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
