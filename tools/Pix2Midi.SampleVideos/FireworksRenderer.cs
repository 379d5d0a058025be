using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>
/// Simulates and draws fireworks.mp4. Each frame: the trail layer decays, rockets and stars
/// move and paint themselves (stars into a fresh layer, streaks into the decaying trail layer),
/// then the frame is sky + trails + stars + two blurred glow copies, with the skyline on top.
/// </summary>
public sealed class FireworksRenderer : IDisposable
{
    public const int Width = 1280;
    public const int Height = 720;
    public const int FramesPerSecond = ShowPlanner.FramesPerSecond;
    public const int DefaultSeconds = 15;

    private const int ConstantRateFactor = 19;
    private const ulong PlanSeed = 0x5049_5832_4D49_4449UL;
    private const ulong SceneSeed = 0x4E49_4748_5453_4B59UL;
    private const ulong SimulationSeed = 0x4649_5245_574F_524BUL;
    private const int ShiftBits = 4;
    private const double SubPixel = 1 << ShiftBits;
    private const double TrailDecay = 0.84;
    private const double TrailFloor = -1.2;
    private const double GlowGain = 1.0;
    private const double WideGlowGain = 1.4;
    private const int FlashFrames = 5;
    private const double RocketStartY = Height - 30;

    private readonly int _darkStartFrame;
    private readonly Pcg32 _random = new(SimulationSeed);
    private readonly List<FireworkCue> _cues;
    private readonly NightSky _sky;
    private readonly List<Rocket> _rockets = [];
    private readonly List<Spark> _sparks = [];
    private readonly List<Flash> _flashes = [];
    private readonly Mat _frame = new(Height, Width, MatType.CV_8UC3);
    private readonly Mat _trails = new(Height, Width, MatType.CV_8UC3, Scalar.All(0));
    private readonly Mat _stars = new(Height, Width, MatType.CV_8UC3, Scalar.All(0));
    private readonly Mat _bright = new(Height, Width, MatType.CV_8UC3);
    private readonly Mat _half = new(Height / 2, Width / 2, MatType.CV_8UC3);
    private readonly Mat _halfGlow = new(Height / 2, Width / 2, MatType.CV_8UC3);
    private readonly Mat _eighth = new(Height / 8, Width / 8, MatType.CV_8UC3);
    private readonly Mat _eighthGlow = new(Height / 8, Width / 8, MatType.CV_8UC3);
    private readonly Mat _glow = new(Height, Width, MatType.CV_8UC3);
    private int _nextCue;

    public FireworksRenderer(int totalFrames)
    {
        _darkStartFrame = ShowPlanner.DarkStartFrame(totalFrames);
        _cues = ShowPlanner.Plan(new Pcg32(PlanSeed), Width, Height, totalFrames);
        _sky = new NightSky(new Pcg32(SceneSeed), Width, Height);
    }

    public IReadOnlyList<FireworkCue> Cues => _cues;

    public static void Render(string outputPath, double seconds)
    {
        var totalFrames = (int)Math.Round(seconds * FramesPerSecond);
        using var renderer = new FireworksRenderer(totalFrames);
        var settings = new EncoderSettings(Width, Height, FramesPerSecond, ConstantRateFactor);
        using var encoder = new FfmpegEncoder(outputPath, settings);
        for (var n = 0; n < totalFrames; n++)
        {
            encoder.WriteFrame(renderer.RenderFrame(n));
        }

        encoder.Finish();
    }

    /// <summary>Advances the simulation to frame <paramref name="frameIndex"/> and returns the picture (owned by the renderer).</summary>
    public Mat RenderFrame(int frameIndex)
    {
        if (frameIndex >= _darkStartFrame)
        {
            _rockets.Clear();
            _sparks.Clear();
            _flashes.Clear();
            _sky.Background.CopyTo(_frame);
            _sky.CoverWithSkyline(_frame);
            return _frame;
        }

        _trails.ConvertTo(_trails, MatType.CV_8UC3, TrailDecay, TrailFloor);
        _stars.SetTo(Scalar.All(0));

        LaunchDueRockets(frameIndex);
        UpdateRockets();
        UpdateSparks();

        Cv2.Add(_trails, _stars, _bright);
        Cv2.Resize(_bright, _half, _half.Size(), 0, 0, InterpolationFlags.Area);
        DrawFlashes();
        Cv2.GaussianBlur(_half, _halfGlow, new Size(0, 0), 4.0);
        Cv2.Resize(_half, _eighth, _eighth.Size(), 0, 0, InterpolationFlags.Area);
        Cv2.GaussianBlur(_eighth, _eighthGlow, new Size(0, 0), 3.0);

        _sky.Background.CopyTo(_frame);
        Cv2.Add(_frame, _bright, _frame);
        Cv2.Resize(_halfGlow, _glow, _glow.Size(), 0, 0, InterpolationFlags.Linear);
        Cv2.AddWeighted(_frame, 1.0, _glow, GlowGain, 0, _frame);
        Cv2.Resize(_eighthGlow, _glow, _glow.Size(), 0, 0, InterpolationFlags.Linear);
        Cv2.AddWeighted(_frame, 1.0, _glow, WideGlowGain, 0, _frame);
        _sky.CoverWithSkyline(_frame);
        return _frame;
    }

    public void Dispose()
    {
        _sky.Dispose();
        _frame.Dispose();
        _trails.Dispose();
        _stars.Dispose();
        _bright.Dispose();
        _half.Dispose();
        _halfGlow.Dispose();
        _eighth.Dispose();
        _eighthGlow.Dispose();
        _glow.Dispose();
    }

    private void LaunchDueRockets(int frameIndex)
    {
        while (_nextCue < _cues.Count && _cues[_nextCue].LaunchFrame <= frameIndex)
        {
            var cue = _cues[_nextCue++];
            var startX = cue.X + _random.Range(-60, 60);
            _rockets.Add(new Rocket(cue, startX, RocketStartY, _random.Range(1.0, 2.5)));
        }
    }

    private void UpdateRockets()
    {
        for (var i = _rockets.Count - 1; i >= 0; i--)
        {
            var rocket = _rockets[i];
            rocket.Step();
            var flicker = _random.Range(0.55, 1.0);
            Cv2.Line(_trails, ToFixed(rocket.PreviousX, rocket.PreviousY), ToFixed(rocket.X, rocket.Y), Scale(Palettes.RocketTrail, 0.55), 1, LineTypes.AntiAlias, ShiftBits);
            Cv2.Circle(_stars, ToFixed(rocket.X, rocket.Y), (int)(1.4 * SubPixel), Scale(Palettes.RocketHead, flicker), -1, LineTypes.AntiAlias, ShiftBits);
            if (_random.Chance(0.5))
            {
                _sparks.Add(new Spark
                {
                    X = rocket.X,
                    Y = rocket.Y,
                    PreviousX = rocket.X,
                    PreviousY = rocket.Y,
                    VelocityX = _random.Range(-0.5, 0.5),
                    VelocityY = _random.Range(0.3, 1.2),
                    Life = _random.Next(6, 14),
                    Drag = 0.9,
                    Gravity = 0.06,
                    Colour = Palettes.Ember,
                    Intensity = 0.5,
                    TrailGain = 0.3,
                    Radius = 0.7,
                });
            }

            if (rocket.HasBurst)
            {
                Burst(rocket);
                _rockets.RemoveAt(i);
            }
        }
    }

    private void UpdateSparks()
    {
        var write = 0;
        for (var i = 0; i < _sparks.Count; i++)
        {
            var spark = _sparks[i];
            spark.Step();
            if (!spark.IsAlive)
            {
                continue;
            }

            var brightness = spark.Brightness(_random);
            var colour = spark.CurrentColour();
            if (spark.TrailGain > 0)
            {
                Cv2.Line(_trails, ToFixed(spark.PreviousX, spark.PreviousY), ToFixed(spark.X, spark.Y), Scale(colour, brightness * spark.TrailGain), 1, LineTypes.AntiAlias, ShiftBits);
            }

            Cv2.Circle(_stars, ToFixed(spark.X, spark.Y), (int)(spark.Radius * SubPixel), Scale(colour, brightness), -1, LineTypes.AntiAlias, ShiftBits);
            _sparks[write++] = spark;
        }

        _sparks.RemoveRange(write, _sparks.Count - write);
    }

    private void DrawFlashes()
    {
        for (var i = _flashes.Count - 1; i >= 0; i--)
        {
            var flash = _flashes[i];
            var strength = 1.0 - ((double)flash.Age / FlashFrames);
            var radius = flash.Radius * (0.6 + (0.4 * flash.Age / FlashFrames));
            Cv2.Circle(_half, ToFixed(flash.X / 2, flash.Y / 2), (int)(radius / 2 * SubPixel), Scale(flash.Colour, 0.6 * strength), -1, LineTypes.AntiAlias, ShiftBits);
            flash.Age++;
            if (flash.Age >= FlashFrames)
            {
                _flashes.RemoveAt(i);
            }
        }
    }

    private void Burst(Rocket rocket)
    {
        var cue = rocket.Cue;
        var x = rocket.X;
        var y = rocket.Y;
        var carryX = rocket.VelocityX * 0.3;
        var carryY = rocket.VelocityY * 0.3;
        _flashes.Add(new Flash(x, y, cue.Radius * 0.35, Mix(cue.Primary, Palettes.White, 0.5)));

        switch (cue.Kind)
        {
            case BurstKind.Peony:
                AddSphere(cue, x, y, carryX, carryY, cue.SparkCount, 1.0, cue.Primary, drag: 0.925, gravity: 0.11, lifeMin: 36, lifeMax: 52, trailGain: 0.5);
                break;
            case BurstKind.Chrysanthemum:
                var outer = cue.SparkCount * 2 / 3;
                AddSphere(cue, x, y, carryX, carryY, outer, 1.0, cue.Primary, drag: 0.93, gravity: 0.1, lifeMin: 34, lifeMax: 46, trailGain: 0.95);
                AddSphere(cue, x, y, carryX, carryY, cue.SparkCount - outer, 0.5, cue.Secondary, drag: 0.925, gravity: 0.1, lifeMin: 30, lifeMax: 40, trailGain: 0.6);
                break;
            case BurstKind.Ring:
                AddRing(cue, x, y, carryX, carryY);
                AddSphere(cue, x, y, carryX, carryY, 24, 0.3, cue.Secondary, drag: 0.92, gravity: 0.08, lifeMin: 26, lifeMax: 36, trailGain: 0.4);
                break;
            case BurstKind.Willow:
                AddSphere(cue, x, y, carryX, carryY, cue.SparkCount, 0.9, Palettes.WillowGold, drag: 0.945, gravity: 0.14, lifeMin: 55, lifeMax: 75, trailGain: 1.0, intensity: 0.85, whiteHot: 2);
                break;
            case BurstKind.Glitter:
                var half = cue.SparkCount / 2;
                AddSphere(cue, x, y, carryX, carryY, half, 1.0, Palettes.Star(8), drag: 0.925, gravity: 0.12, lifeMin: 40, lifeMax: 56, trailGain: 0.3, glitters: true);
                AddSphere(cue, x, y, carryX, carryY, cue.SparkCount - half, 0.95, Palettes.Star(2), drag: 0.925, gravity: 0.12, lifeMin: 40, lifeMax: 56, trailGain: 0.3, glitters: true);
                break;
            default:
                throw new InvalidOperationException("Unknown burst kind " + cue.Kind);
        }
    }

    private void AddSphere(
        FireworkCue cue,
        double x,
        double y,
        double carryX,
        double carryY,
        int count,
        double radiusScale,
        Scalar colour,
        double drag,
        double gravity,
        int lifeMin,
        int lifeMax,
        double trailGain,
        double intensity = 1.0,
        bool glitters = false,
        int whiteHot = 5)
    {
        var speed = cue.Radius * radiusScale * (1.0 - drag) / drag;
        for (var i = 0; i < count; i++)
        {
            var (dx, dy, _) = _random.OnUnitSphere();
            var jitter = _random.Range(0.9, 1.05);
            AddSpark(cue, x, y, carryX + (dx * speed * jitter), carryY + (dy * speed * jitter), colour, drag, gravity, _random.Next(lifeMin, lifeMax + 1), trailGain, intensity, glitters, whiteHot);
        }
    }

    private void AddRing(FireworkCue cue, double x, double y, double carryX, double carryY)
    {
        const double Drag = 0.92;
        var speed = cue.Radius * (1.0 - Drag) / Drag;
        var squash = _random.Range(0.35, 1.0);
        var (cos, sin) = _random.OnUnitCircle();
        for (var i = 0; i < cue.SparkCount; i++)
        {
            var (dx, dy) = _random.OnUnitCircle();
            dy *= squash;
            var rx = (dx * cos) - (dy * sin);
            var ry = (dx * sin) + (dy * cos);
            var jitter = _random.Range(0.96, 1.02);
            AddSpark(cue, x, y, carryX + (rx * speed * jitter), carryY + (ry * speed * jitter), cue.Primary, Drag, 0.09, _random.Next(32, 44), 0.55, 1.0, false, 5);
        }
    }

    private void AddSpark(
        FireworkCue cue,
        double x,
        double y,
        double velocityX,
        double velocityY,
        Scalar colour,
        double drag,
        double gravity,
        int life,
        double trailGain,
        double intensity,
        bool glitters,
        int whiteHot)
    {
        var tint = _random.Range(0.85, 1.0);
        _sparks.Add(new Spark
        {
            X = x,
            Y = y,
            PreviousX = x,
            PreviousY = y,
            VelocityX = velocityX,
            VelocityY = velocityY,
            Life = Math.Min(life, cue.MaxLifeFrames),
            Drag = drag,
            Gravity = gravity,
            Colour = Scale(colour, tint),
            Intensity = intensity,
            TrailGain = trailGain,
            Radius = _random.Range(1.2, 1.9),
            Glitters = glitters,
            WhiteHotFrames = whiteHot,
        });
    }

    private static Point ToFixed(double x, double y) =>
        new((int)Math.Round(x * SubPixel), (int)Math.Round(y * SubPixel));

    private static Scalar Scale(Scalar colour, double factor) =>
        new(colour.Val0 * factor, colour.Val1 * factor, colour.Val2 * factor);

    private static Scalar Mix(Scalar a, Scalar b, double amountOfB) =>
        new(
            (a.Val0 * (1 - amountOfB)) + (b.Val0 * amountOfB),
            (a.Val1 * (1 - amountOfB)) + (b.Val1 * amountOfB),
            (a.Val2 * (1 - amountOfB)) + (b.Val2 * amountOfB));
}
