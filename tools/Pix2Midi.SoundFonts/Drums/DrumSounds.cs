using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Drums;

/// <summary>
/// The kit's one-shot sounds, synthesised: swept sines for drums, filtered seeded noise for
/// snares and hats, clusters of inharmonic square waves for metal. Each returns raw points at
/// <see cref="SampleShaper.SampleRate"/>; levels are set later.
/// </summary>
public static class DrumSounds
{
    private const int Rate = SampleShaper.SampleRate;
    private static readonly double[] ClapBursts = [0, 0.011, 0.022];
    private static readonly double[] MetalHertz = [205.3, 304.4, 369.6, 522.7, 540.0, 800.0];

    /// <summary>A bass drum: a sine falling from about 160 Hz to 48 Hz, with a beater click.</summary>
    public static double[] Kick()
    {
        var noise = new NoiseSource(11);
        var click = new StateVariableFilter(3000, 0.7, Rate);
        var phase = 0.0;
        return Make(0.45, (n, t) =>
        {
            var hertz = 48 + (110 * DeterministicMath.Exp(-t / 0.035));
            phase += hertz / Rate;
            var body = DeterministicMath.SinTurns(phase) * DeterministicMath.Exp(-t / 0.16);
            click.Process(noise.NextSigned());
            var beater = 0.35 * click.Low * DeterministicMath.Exp(-t / 0.003);
            return SoftClip(1.3 * (body + beater));
        });
    }

    /// <summary>A snare: two drum-head modes and a burst of bright noise (the wires).</summary>
    public static double[] Snare()
    {
        var noise = new NoiseSource(12);
        var wires = new StateVariableFilter(4500, 0.6, Rate);
        return Make(0.35, (n, t) =>
        {
            var head = (0.55 * DeterministicMath.SinTurns(185.0 * n / Rate) * DeterministicMath.Exp(-t / 0.05))
                + (0.3 * DeterministicMath.SinTurns(330.0 * n / Rate) * DeterministicMath.Exp(-t / 0.03));
            wires.Process(noise.NextSigned());
            var rattle = 0.9 * (wires.Band + (0.4 * wires.High)) * DeterministicMath.Exp(-t / 0.085);
            return head + rattle;
        });
    }

    /// <summary>A hand clap: three quick bursts of band-passed noise, then a short tail.</summary>
    public static double[] Clap()
    {
        var noise = new NoiseSource(13);
        var band = new StateVariableFilter(1200, 1.6, Rate);
        return Make(0.3, (n, t) =>
        {
            band.Process(noise.NextSigned());
            var envelope = 0.0;
            foreach (var start in ClapBursts)
            {
                if (t >= start && start < 0.02)
                {
                    envelope += DeterministicMath.Exp(-(t - start) / 0.004);
                }
            }

            if (t >= 0.022)
            {
                envelope += 0.8 * DeterministicMath.Exp(-(t - 0.022) / 0.07);
            }

            return band.Band * envelope;
        });
    }

    /// <summary>A tom at A2 (110 Hz): a sine that bends down as it rings, a second head mode and a stick tap.</summary>
    public static double[] Tom()
    {
        var noise = new NoiseSource(14);
        var tap = new StateVariableFilter(2000, 0.7, Rate);
        var phase = 0.0;
        return Make(0.6, (n, t) =>
        {
            var hertz = 110 * (1 + (0.3 * DeterministicMath.Exp(-t / 0.05)));
            phase += hertz / Rate;
            var body = DeterministicMath.SinTurns(phase) * DeterministicMath.Exp(-t / 0.2);
            var mode = 0.25 * DeterministicMath.SinTurns(phase * 1.59) * DeterministicMath.Exp(-t / 0.08);
            tap.Process(noise.NextSigned());
            return body + mode + (0.3 * tap.Low * DeterministicMath.Exp(-t / 0.004));
        });
    }

    /// <summary>A conga at about 200 Hz: a short, slightly bending tone with a slap.</summary>
    public static double[] Conga()
    {
        var noise = new NoiseSource(15);
        var slap = new StateVariableFilter(2500, 0.8, Rate);
        var phase = 0.0;
        return Make(0.4, (n, t) =>
        {
            var hertz = 200 * (1 + (0.08 * DeterministicMath.Exp(-t / 0.02)));
            phase += hertz / Rate;
            slap.Process(noise.NextSigned());
            return (DeterministicMath.SinTurns(phase) * DeterministicMath.Exp(-t / 0.11))
                + (0.35 * slap.Band * DeterministicMath.Exp(-t / 0.005));
        });
    }

    /// <summary>A closed hi-hat.</summary>
    public static double[] ClosedHat() => Hat(0.12, 0.022, 21);

    /// <summary>An open hi-hat.</summary>
    public static double[] OpenHat() => Hat(0.8, 0.25, 22);

    /// <summary>A crash cymbal: dense metallic noise, bright and long.</summary>
    public static double[] Crash()
    {
        var noise = new NoiseSource(23);
        var high = new StateVariableFilter(3500, 0.6, Rate);
        var air = new StateVariableFilter(9000, 0.7, Rate);
        return Make(1.4, (n, t) =>
        {
            var metal = Metal(n, 1.37);
            high.Process((0.6 * noise.NextSigned()) + (0.4 * metal));
            air.Process(high.High);
            var envelope = (0.6 * DeterministicMath.Exp(-t / 0.06)) + (0.5 * DeterministicMath.Exp(-t / 0.5));
            return (high.High + (0.5 * air.High)) * envelope * Onset(t, 0.002);
        });
    }

    /// <summary>A ride cymbal: a clear ping of a few metal partials over a quiet wash.</summary>
    public static double[] Ride()
    {
        var noise = new NoiseSource(24);
        var wash = new StateVariableFilter(5000, 0.7, Rate);
        return Make(1.2, (n, t) =>
        {
            var ping = (0.4 * DeterministicMath.SinTurns(2120.0 * n / Rate) * DeterministicMath.Exp(-t / 0.5))
                + (0.3 * DeterministicMath.SinTurns(3310.0 * n / Rate) * DeterministicMath.Exp(-t / 0.35))
                + (0.2 * DeterministicMath.SinTurns(5230.0 * n / Rate) * DeterministicMath.Exp(-t / 0.25));
            wash.Process((0.5 * noise.NextSigned()) + (0.5 * Metal(n, 1.9)));
            var envelope = (0.5 * DeterministicMath.Exp(-t / 0.02)) + (0.35 * DeterministicMath.Exp(-t / 0.6));
            return (ping * Onset(t, 0.001)) + (wash.High * envelope);
        });
    }

    /// <summary>A side stick (rim click): a short woody knock.</summary>
    public static double[] SideStick()
    {
        var noise = new NoiseSource(25);
        var band = new StateVariableFilter(1900, 3, Rate);
        return Make(0.08, (n, t) =>
        {
            band.Process(noise.NextSigned());
            return ((0.8 * band.Band) + (0.6 * DeterministicMath.SinTurns(1420.0 * n / Rate))) * DeterministicMath.Exp(-t / 0.012);
        });
    }

    /// <summary>A cowbell: two detuned square-ish tones at 545 and 815 Hz, band-passed.</summary>
    public static double[] Cowbell()
    {
        var band = new StateVariableFilter(1000, 1.2, Rate);
        return Make(0.35, (n, t) =>
        {
            var tone = OddHarmonics(545.0 * n / Rate, 545) + OddHarmonics(815.0 * n / Rate, 815);
            band.Process(tone);
            var envelope = (0.5 * DeterministicMath.Exp(-t / 0.012)) + (0.5 * DeterministicMath.Exp(-t / 0.09));
            return band.Band * envelope * Onset(t, 0.0005);
        });
    }

    /// <summary>A shaker (cabasa, maracas): a brief swell of very bright noise.</summary>
    public static double[] Shaker()
    {
        var noise = new NoiseSource(26);
        var high = new StateVariableFilter(6000, 0.7, Rate);
        return Make(0.12, (n, t) =>
        {
            high.Process(noise.NextSigned());
            return high.High * Onset(t, 0.012) * DeterministicMath.Exp(-t / 0.03);
        });
    }

    /// <summary>A tambourine: jingles (bright metal partials and noise) with a second shake.</summary>
    public static double[] Tambourine()
    {
        var noise = new NoiseSource(27);
        var high = new StateVariableFilter(7000, 0.8, Rate);
        return Make(0.4, (n, t) =>
        {
            var jingles = (0.3 * DeterministicMath.SinTurns(4310.0 * n / Rate)) + (0.25 * DeterministicMath.SinTurns(6720.0 * n / Rate))
                + (0.2 * DeterministicMath.SinTurns(8240.0 * n / Rate));
            high.Process(noise.NextSigned() + jingles);
            var envelope = DeterministicMath.Exp(-t / 0.07) + (t > 0.05 ? 0.4 * DeterministicMath.Exp(-(t - 0.05) / 0.08) : 0);
            return high.High * envelope * Onset(t, 0.002);
        });
    }

    /// <summary>A wood block at about 1 kHz: two woody modes, very short.</summary>
    public static double[] Block() => Make(0.12, (n, t) =>
        ((DeterministicMath.SinTurns(1000.0 * n / Rate) * DeterministicMath.Exp(-t / 0.028))
        + (0.35 * DeterministicMath.SinTurns(2730.0 * n / Rate) * DeterministicMath.Exp(-t / 0.01))) * Onset(t, 0.0005));

    /// <summary>A guiro: a scrape of noise clicks every 11 ms, band-passed.</summary>
    public static double[] Guiro()
    {
        var noise = new NoiseSource(28);
        var band = new StateVariableFilter(3200, 2, Rate);
        return Make(0.42, (n, t) =>
        {
            var tick = t % 0.011;
            band.Process(noise.NextSigned() * DeterministicMath.Exp(-tick / 0.002));
            return band.Band * (t < 0.36 ? 1 : DeterministicMath.Exp(-(t - 0.36) / 0.015));
        });
    }

    /// <summary>A cuica: a squeaky tone gliding up from 500 Hz.</summary>
    public static double[] Cuica()
    {
        var phase = 0.0;
        return Make(0.35, (n, t) =>
        {
            var hertz = 500 + (500 * (1 - DeterministicMath.Exp(-t / 0.08)));
            phase += hertz / Rate;
            return (DeterministicMath.SinTurns(phase) + (0.2 * DeterministicMath.SinTurns(2 * phase)))
                * Onset(t, 0.01) * DeterministicMath.Exp(-t / 0.12);
        });
    }

    /// <summary>Noise for the effects instrument (rain, sea, breath): band-passed around 1.5 kHz with some low rumble.</summary>
    public static double[] Wash(double seconds)
    {
        var noise = new NoiseSource(29);
        var band = new StateVariableFilter(1500, 0.6, Rate);
        var low = new StateVariableFilter(400, 0.7, Rate);
        return Make(seconds, (n, t) =>
        {
            var x = noise.NextSigned();
            band.Process(x);
            low.Process(x);
            return band.Band + (0.5 * low.Low);
        });
    }

    private static double[] Hat(double seconds, double decay, ulong seed)
    {
        var noise = new NoiseSource(seed);
        var high = new StateVariableFilter(7000, 0.7, Rate);
        return Make(seconds, (n, t) =>
        {
            high.Process((0.5 * noise.NextSigned()) + (0.5 * Metal(n, 1)));
            return high.High * DeterministicMath.Exp(-t / decay) * Onset(t, 0.0008);
        });
    }

    /// <summary>Six square waves at inharmonic frequencies: the classic metallic cluster.</summary>
    private static double Metal(int n, double scale)
    {
        var sum = 0.0;
        foreach (var h in MetalHertz)
        {
            sum += DeterministicMath.SinTurns(h * scale * n / Rate) >= 0 ? 1 : -1;
        }

        return sum / MetalHertz.Length;
    }

    /// <summary>A square-ish wave from its odd harmonics below 8 kHz.</summary>
    private static double OddHarmonics(double turns, double hertz)
    {
        var sum = 0.0;
        for (var h = 1; h * hertz < 8000; h += 2)
        {
            sum += DeterministicMath.SinTurns(h * turns) / h;
        }

        return sum;
    }

    private static double Onset(double t, double seconds) => t >= seconds ? 1 : t / seconds;

    private static double SoftClip(double x) => x / (1 + Math.Abs(x));

    private static double[] Make(double seconds, Func<int, double, double> point)
    {
        var length = (int)Math.Round(seconds * Rate);
        var values = new double[length];
        for (var n = 0; n < length; n++)
        {
            values[n] = point(n, n / (double)Rate);
        }

        // The last 5 ms fade to zero, so no sound ends in a click.
        var fade = Rate / 200;
        for (var i = 0; i < fade; i++)
        {
            values[length - 1 - i] *= i / (double)fade;
        }

        return values;
    }
}
