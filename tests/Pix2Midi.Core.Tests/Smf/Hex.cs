namespace Pix2Midi.Core.Tests.Smf;

/// <summary>Byte strings written as spaced hex, like a hex dump, for byte-for-byte assertions.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    public static string Ascii(string text) => Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes(text));
}
