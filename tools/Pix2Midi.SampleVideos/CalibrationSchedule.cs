namespace Pix2Midi.SampleVideos;

/// <summary>
/// The single source of truth for calibration.mp4: a 4×4 grid of cells, each lit with a
/// uniform grey level for a few frames. Cell c = row * 4 + col, row 0 at the top, col 0 at
/// the left; cell c is lit during frames [OnFrame(c), OnFrame(c) + LengthInFrames(c)).
/// </summary>
public static class CalibrationSchedule
{
    public const int Width = 640;
    public const int Height = 360;
    public const int FramesPerSecond = 30;
    public const int FrameCount = 180;
    public const int Rows = 4;
    public const int Columns = 4;
    public const int CellCount = Rows * Columns;
    public const int CellWidth = Width / Columns;
    public const int CellHeight = Height / Rows;
    public const int FirstOnFrame = 10;
    public const int FramesBetweenCells = 10;
    public const int BaseLengthInFrames = 3;
    public const byte EvenLevel = 255;
    public const byte OddLevel = 160;

    public static int Row(int cell) => Check(cell) / Columns;

    public static int Column(int cell) => Check(cell) % Columns;

    /// <summary>First frame (0-based) on which the cell is lit.</summary>
    public static int OnFrame(int cell) => FirstOnFrame + (FramesBetweenCells * Check(cell));

    /// <summary>How many consecutive frames the cell stays lit.</summary>
    public static int LengthInFrames(int cell) => BaseLengthInFrames + (Check(cell) % Columns);

    /// <summary>First frame after <see cref="OnFrame"/> on which the cell is dark again.</summary>
    public static int OffFrame(int cell) => OnFrame(cell) + LengthInFrames(cell);

    /// <summary>Grey level (R = G = B) of the lit cell: 255 for even cells, 160 for odd ones.</summary>
    public static byte Level(int cell) => Check(cell) % 2 == 0 ? EvenLevel : OddLevel;

    public static bool IsLit(int cell, int frame) => frame >= OnFrame(cell) && frame < OffFrame(cell);

    private static int Check(int cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cell);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cell, CellCount);
        return cell;
    }
}
