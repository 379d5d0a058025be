using OpenCvSharp;

namespace Pix2Midi.Cli.Preview;

/// <summary>A region's label in the preview window: its text, the black box behind it and where the text starts.</summary>
internal readonly record struct PreviewLabel(string Text, Rect Box, Point Origin);
