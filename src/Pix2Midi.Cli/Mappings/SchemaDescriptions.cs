using System.Text.Json.Nodes;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Cli.Mappings;

/// <summary>The descriptions of the generated schema, looked up by property path, for comments in written mappings.</summary>
internal sealed class SchemaDescriptions
{
    private readonly JsonObject _schema = MappingSchema.Generate();

    /// <summary>The description of the property at <paramref name="path"/>, such as <c>defaults.velocity.min</c> or <c>grids.rows</c> (lists are stepped through).</summary>
    public string? Of(string path)
    {
        JsonNode? node = _schema;
        foreach (var name in path.Split('.'))
        {
            node = Resolve(node);
            if (node?["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && node["type"]!.GetValue<string>() == "array")
            {
                node = Resolve(node["items"]);
            }

            node = node?["properties"]?[name];
        }

        return Resolve(node)?["description"]?.GetValue<string>() ?? node?["description"]?.GetValue<string>();
    }

    private JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; hops < 8 && node?["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            node = _schema;
            foreach (var part in reference.TrimStart('#', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }
        }

        return node;
    }
}
