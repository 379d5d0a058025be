namespace Pix2Midi.SampleVideos;

/// <summary>
/// A climbing shell. Its path is a closed-form parabola from the launch point to the cue's
/// burst point, slowing as it nears the top.
/// </summary>
public sealed class Rocket
{
    private readonly double _startX;
    private readonly double _startY;
    private readonly double _velocityX;
    private readonly double _velocityY;
    private readonly double _gravity;

    public Rocket(FireworkCue cue, double startX, double startY, double endSpeed)
    {
        ArgumentNullException.ThrowIfNull(cue);
        Cue = cue;
        _startX = startX;
        _startY = startY;
        double frames = cue.FlightFrames;
        _velocityX = (cue.X - startX) / frames;

        // Final upward speed endSpeed (px/frame); solve for start speed and deceleration.
        var endVelocityY = -endSpeed;
        _velocityY = (2.0 * (cue.Y - startY) / frames) - endVelocityY;
        _gravity = (endVelocityY - _velocityY) / frames;
        X = startX;
        Y = startY;
        PreviousX = startX;
        PreviousY = startY;
    }

    public FireworkCue Cue { get; }

    public int Age { get; private set; }

    public double X { get; private set; }

    public double Y { get; private set; }

    public double PreviousX { get; private set; }

    public double PreviousY { get; private set; }

    public double VelocityX => _velocityX;

    public double VelocityY => _velocityY + (_gravity * Age);

    public bool HasBurst => Age >= Cue.FlightFrames;

    public void Step()
    {
        PreviousX = X;
        PreviousY = Y;
        Age++;
        double t = Age;
        X = _startX + (_velocityX * t);
        Y = _startY + (_velocityY * t) + (0.5 * _gravity * t * t);
    }
}
