using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Synth;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Cli.Commands;

/// <summary>
/// How every command answers a failure: one <c>error: …</c> line per problem (file, place, what
/// is allowed), no stack trace, and an exit code from <see cref="ExitCodes"/>.
/// </summary>
internal static class CommandErrors
{
    /// <summary>Runs a command's work and turns every failure a user can cause into its lines.</summary>
    /// <param name="error">Where the lines go.</param>
    /// <param name="work">The command; returns its exit code.</param>
    /// <param name="interrupted">The line for a run stopped by Ctrl+C, SIGTERM or SIGHUP (<see cref="ExitCodes.Interrupted"/>; the process then ends by the signal itself, see <see cref="StopSignals"/>).</param>
    public static int Run(TextWriter error, Func<int> work, string interrupted)
    {
        try
        {
            return work();
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(interrupted);
            return ExitCodes.Interrupted;
        }
        catch (MappingException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine("error: " + problem);
            }
        }
        catch (Exception e) when (e is FrameSourceException or UserInputException or MidiOutputException or SynthException or IOException)
        {
            error.WriteLine("error: " + e.Message);
        }
        catch (Exception e) when (OpenCvRuntime.IsLoadFailure(e))
        {
            // Whichever command first needed OpenCV (a picture, a decoder) says what to install.
            error.WriteLine("error: " + OpenCvRuntime.DescribeLoadFailure(e));
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("PIX2MIDI_DEBUG") is null)
        {
            error.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message} (set PIX2MIDI_DEBUG=1 for details, and please report it)");
        }

        return ExitCodes.Failure;
    }
}
