using System.Globalization;

namespace Pix2Midi.Testing;

/// <summary>One line of <c>jack_midi_dump -a</c>: the frame it arrived at and its bytes.</summary>
/// <param name="Frame">The absolute frame, counted from the dump's first period (so only differences mean something).</param>
/// <param name="Bytes">The message bytes, status first.</param>
public sealed record JackMidiDumpMessage(long Frame, IReadOnlyList<byte> Bytes)
{
    /// <summary>The bytes as <c>90 3c 64</c>, the way the dump prints them.</summary>
    public string Hex => string.Join(' ', Bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    /// <inheritdoc />
    public override string ToString() => $"{Frame}: {Hex}";
}
