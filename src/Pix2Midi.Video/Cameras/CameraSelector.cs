using System.Globalization;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Cameras;

/// <summary>Turns what the user typed after <c>--camera</c> (an index, a device path, a name) into a camera.</summary>
/// <remarks>
/// Names match case-insensitively, exactly first, then as a unique part of a name, like MIDI
/// ports: indices can change when cameras are plugged in a different order, names do not.
/// </remarks>
public static class CameraSelector
{
    /// <summary>Picks the camera <paramref name="requested"/> names, or the only one there is when it is null.</summary>
    /// <exception cref="FrameSourceException">Nothing matches, several do, or (with nothing requested) there is not exactly one camera; the message lists the cameras there are.</exception>
    public static CameraInfo Resolve(string? requested, CameraListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var cameras = listing.Cameras;
        if (requested is null)
        {
            return cameras.Count switch
            {
                1 => cameras[0],
                0 => throw new FrameSourceException($"no camera found (looked {listing.Method}); connect one, or play a stream with --source URL"),
                _ => throw new FrameSourceException($"{cameras.Count} cameras found; choose one with --camera INDEX or NAME: {Listing(cameras)}"),
            };
        }

        var text = requested.Trim();
        if (TryIndex(text, out var index))
        {
            if (cameras.FirstOrDefault(c => c.Index == index) is { } listed)
            {
                return listed;
            }

            if (listing.Complete || index < 0)
            {
                throw new FrameSourceException($"--camera {requested}: there is no camera {index}; {Available(listing)}");
            }

            // Not seen by probing, but the OS may still open it: let the open say.
            return new CameraInfo(index, CameraInfo.DefaultName(index), null, cameras.FirstOrDefault()?.Api ?? CameraApi.Name(CameraApi.ForThisOs()));
        }

        var exact = cameras.Where(c => c.Name.Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : [.. cameras.Where(c => c.Name.Contains(text, StringComparison.OrdinalIgnoreCase))];
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new FrameSourceException($"--camera {requested}: no camera has that name; {Available(listing)}"),
            _ => throw new FrameSourceException($"--camera {requested}: {matches.Count} cameras match ({Listing(matches)}); give more of the name, or the index"),
        };
    }

    /// <summary><c>0 "HD Webcam", 2 "USB Camera"</c>.</summary>
    public static string Listing(IEnumerable<CameraInfo> cameras) =>
        string.Join(", ", cameras.Select(c => c.Name == CameraInfo.DefaultName(c.Index) ? c.Name : string.Create(CultureInfo.InvariantCulture, $"{c.Index} \"{c.Name}\"")));

    private static string Available(CameraListing listing) =>
        listing.Cameras.Count == 0 ? $"no camera found (looked {listing.Method})" : $"cameras here: {Listing(listing.Cameras)}";

    private static bool TryIndex(string text, out int index)
    {
        // /dev/video2 on Linux is camera 2.
        const string DevicePrefix = "/dev/video";
        var digits = text.StartsWith(DevicePrefix, StringComparison.Ordinal) ? text[DevicePrefix.Length..] : text;
        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index);
    }
}
