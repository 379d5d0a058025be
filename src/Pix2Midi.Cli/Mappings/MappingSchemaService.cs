using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Cli.Mappings;

/// <summary><c>pix2midi mapping schema [-o FILE]</c>: the JSON Schema of mapping files, generated from the model.</summary>
internal sealed class MappingSchemaService(TextWriter output, TextWriter error)
{
    public int Run(string? outputPath)
    {
        var text = MappingSchema.GenerateText();
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            SchemaFile.Write(outputPath, text);
            output.WriteLine($"Wrote the mapping schema to {outputPath}");
            return ExitCodes.Success;
        }
        catch (UserInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
    }
}
