using System.Globalization;

namespace Pix2Midi.Video.Cameras;

/// <summary>Linux cameras from sysfs: every <c>/sys/class/video4linux/videoN</c> that is a capture node, with its name.</summary>
/// <remarks>
/// A USB camera (UVC) makes two nodes: the pictures, and a metadata node with the same name.
/// sysfs's <c>index</c> file numbers a device's nodes from 0, and the capture node comes first,
/// so nodes with an index above 0 are left out. Reading sysfs needs no permission and does not
/// disturb a camera another program is using.
/// </remarks>
internal static class LinuxCameras
{
    public const string SysfsRoot = "/sys/class/video4linux";

    public static IReadOnlyList<CameraInfo> List(string sysfsRoot = SysfsRoot, string deviceRoot = "/dev")
    {
        if (!Directory.Exists(sysfsRoot))
        {
            return [];
        }

        var cameras = new List<CameraInfo>();
        foreach (var node in Directory.EnumerateFileSystemEntries(sysfsRoot, "video*"))
        {
            var nodeName = Path.GetFileName(node);
            if (!int.TryParse(nodeName.AsSpan("video".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            if (ReadTrimmed(Path.Combine(node, "index")) is { } indexText
                && int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var nodeIndex)
                && nodeIndex > 0)
            {
                continue;
            }

            var name = ReadTrimmed(Path.Combine(node, "name"));
            cameras.Add(new CameraInfo(number, string.IsNullOrEmpty(name) ? CameraInfo.DefaultName(number) : name, Path.Combine(deviceRoot, nodeName), "V4L2"));
        }

        cameras.Sort((a, b) => a.Index.CompareTo(b.Index));
        return cameras;
    }

    private static string? ReadTrimmed(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
