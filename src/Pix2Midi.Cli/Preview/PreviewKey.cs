namespace Pix2Midi.Cli.Preview;

/// <summary>What a key pressed in the preview window asks for.</summary>
internal enum PreviewKey
{
    /// <summary>No key, or one that means nothing here.</summary>
    None,

    /// <summary><c>q</c> or Esc: stop the run, every note released.</summary>
    Quit,

    /// <summary>Space: pause or go on (<c>run</c> only).</summary>
    Pause,

    /// <summary><c>r</c>: load the mapping file again.</summary>
    Reload,
}
