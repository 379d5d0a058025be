namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// One JACK server for a whole test class, with a few receivers (<c>jack_midi_dump</c>) so that
/// several <c>pix2midi</c> processes can be interrupted at once, each into a receiver of its own.
/// </summary>
/// <remarks>Started on first use, so a class whose tests are all skipped (no JACK here) starts nothing.</remarks>
public sealed class JackLanes : IDisposable
{
    /// <summary>Processes run at once: each has its own receiver.</summary>
    public const int Count = 4;

    private readonly Lazy<(JackRig Rig, JackMidiDump[] Dumps)> _rig = new(() =>
    {
        var rig = JackRig.Start();
        try
        {
            return (rig, [.. Enumerable.Range(1, Count).Select(i => rig.StartMidiDump($"reliability-{i}"))]);
        }
        catch
        {
            rig.Dispose();
            throw;
        }
    });

    public JackRig Rig => _rig.Value.Rig;

    /// <summary>The receiver of lane <paramref name="lane"/> (0 to <see cref="Count"/> − 1).</summary>
    public JackMidiDump Dump(int lane) => _rig.Value.Dumps[lane];

    public void Dispose()
    {
        if (_rig.IsValueCreated)
        {
            _rig.Value.Rig.Dispose();
        }
    }
}
