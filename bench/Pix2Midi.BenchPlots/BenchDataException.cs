namespace Pix2Midi.BenchPlots;

/// <summary>A CSV file that cannot be plotted; the message names the file, the line and what is wrong.</summary>
internal sealed class BenchDataException(string message) : Exception(message);
