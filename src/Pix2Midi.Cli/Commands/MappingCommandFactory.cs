using System.CommandLine;
using Pix2Midi.Cli.Mappings;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi mapping init|validate|preview|schema</c>: writing, checking and seeing mappings.</summary>
internal static class MappingCommandFactory
{
    public static Command Create() => new("mapping", "Start, check and preview mapping files (the JSON that says which regions play which notes).")
    {
        Init(),
        Validate(),
        MappingPreviewCommandFactory.Create(),
        Schema(),
    };

    private static Command Init()
    {
        var grid = new Option<string?>("--grid") { Description = "Rows x columns of the grid, such as 4x4 (the default) or 3x6.", HelpName = "RxC" };
        var scale = new Option<string?>("--scale") { Description = "The key the cells climb, such as \"C minor pentatonic\" (the default), \"A minor\" or \"D dorian\".", HelpName = "SCALE" };
        var output = new Option<string?>("--output", "-o") { Description = $"The file to write. Default: {MappingInitService.DefaultFile}.", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists." };
        var command = new Command("init", "Write a new mapping: a grid over the whole frame climbing a scale, every setting explained in a comment, with the schema next to it for your editor.")
        {
            grid, scale, output, force,
        };
        command.SetAction(parse => new MappingInitService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
            .Run(parse.GetValue(grid), parse.GetValue(scale), parse.GetValue(output), parse.GetValue(force)));
        return command;
    }

    private static Command Validate()
    {
        var files = new Argument<string[]>("FILE") { Description = "Mapping files (or names of bundled ones).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check mapping files and list every problem, each as file:line:column. Exits 0 when all are valid, 1 otherwise.")
        {
            files,
        };
        command.SetAction(parse => new MappingValidateService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
            .Run(parse.GetValue(files) ?? []));
        return command;
    }

    private static Command Schema()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of printing it.", HelpName = "FILE" };
        var command = new Command("schema", "Print the JSON Schema of mapping files, generated from the mapping model (mappings/pix2midi-mapping.schema.json is this output).")
        {
            output,
        };
        command.SetAction(parse => new MappingSchemaService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
            .Run(parse.GetValue(output)));
        return command;
    }
}
