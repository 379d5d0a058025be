using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// Space in <c>run --preview</c>: pauses the player and goes on again, and says so in the
/// terminal. Called on the window's thread; the player does the rest on its own clock thread.
/// </summary>
/// <remarks>The window opens before the player exists: <see cref="Control"/> hands it over once made.</remarks>
internal sealed class PreviewPause(TextWriter messages)
{
    private RealtimePlayer? _player;
    private long _pausedAt;

    /// <summary>The player space pauses, from now on.</summary>
    public void Control(RealtimePlayer player) => Volatile.Write(ref _player, player);

    /// <summary>Pauses or goes on.</summary>
    /// <returns>Whether the run is now paused; null when there is no player yet.</returns>
    public bool? Toggle()
    {
        if (Volatile.Read(ref _player) is not { } player)
        {
            return null;
        }

        var paused = player.TogglePause();
        var line = paused
            ? "Paused: every note stopped; space in the preview window plays on."
            : string.Create(CultureInfo.InvariantCulture, $"Playing on after {Stopwatch.GetElapsedTime(_pausedAt).TotalSeconds:0.0} s paused.");
        if (paused)
        {
            _pausedAt = Stopwatch.GetTimestamp();
        }

        lock (messages)
        {
            messages.WriteLine(line);
        }

        return paused;
    }
}
