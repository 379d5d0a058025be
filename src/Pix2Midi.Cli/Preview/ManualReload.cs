using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Preview;

/// <summary>The <c>r</c> key: loads the mapping file again and hands it to the player at its next frame.</summary>
/// <remarks>Loaded on the preview thread (never the MIDI thread); the player takes it with <see cref="Take"/>, which allocates nothing.</remarks>
internal sealed class ManualReload(string path, TextWriter messages)
{
    private Mapping? _pending;

    /// <summary>Raised on the loading thread with each mapping loaded.</summary>
    public event Action<Mapping>? Loaded;

    public string Path => path;

    /// <summary>Loads the file; a mapping with problems is reported and the one playing is kept.</summary>
    /// <returns>A short line for the preview's status.</returns>
    public string Reload()
    {
        try
        {
            var mapping = MappingLoader.Load(path);
            Volatile.Write(ref _pending, mapping);
            messages.WriteLine($"Reloaded {MappingResolver.Describe(path)}: {mapping.Regions.Length} regions.");
            Loaded?.Invoke(mapping);
            return "mapping reloaded";
        }
        catch (MappingException e)
        {
            foreach (var problem in e.Problems)
            {
                messages.WriteLine("error: " + problem);
            }

            messages.WriteLine("The mapping was not reloaded; the one playing goes on.");
            return "mapping has errors: see the terminal";
        }
        catch (IOException e)
        {
            messages.WriteLine($"error: {path}: {e.Message}; the mapping playing goes on.");
            return "mapping could not be read";
        }
        catch (UnauthorizedAccessException e)
        {
            messages.WriteLine($"error: {path}: {e.Message}; the mapping playing goes on.");
            return "mapping could not be read";
        }
    }

    /// <summary>The mapping loaded since the last call, or null.</summary>
    public Mapping? Take() => Volatile.Read(ref _pending) is null ? null : Interlocked.Exchange(ref _pending, null);
}
