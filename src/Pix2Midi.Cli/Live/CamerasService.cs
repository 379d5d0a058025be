using System.Globalization;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Cli.Live;

/// <summary><c>pix2midi cameras</c>: the cameras there are, by index and name, and how to pass one to <c>live</c>.</summary>
internal sealed class CamerasService(TextWriter output, TextWriter error, Func<CameraListing> cameras)
{
    public int Run()
    {
        CameraListing listing;
        try
        {
            listing = cameras();
        }
        catch (FrameSourceException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        if (listing.Cameras.Count == 0)
        {
            output.WriteLine($"No camera found (looked {listing.Method}).");
            output.WriteLine("Connect a camera, or play an IP camera or a phone streaming MJPEG or RTSP with: pix2midi live --source URL");
            return ExitCodes.Success;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{listing.Cameras.Count} camera{(listing.Cameras.Count == 1 ? string.Empty : "s")} (found {listing.Method}):"));
        foreach (var camera in listing.Cameras)
        {
            var device = camera.Device is null ? string.Empty : $"  {camera.Device}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {camera.Index,2}  {camera.Name}{device}  ({camera.Api})"));
        }

        var first = listing.Cameras[0];
        var byName = first.Name == CameraInfo.DefaultName(first.Index) ? string.Empty : $" or --camera \"{first.Name}\" (part of the name is enough)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Play one with: pix2midi live --camera {first.Index}{byName}"));
        return ExitCodes.Success;
    }
}
