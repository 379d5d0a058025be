namespace Pix2Midi.Video.Tests;

/// <summary>A fact about file permissions: meaningless on Windows, and for root, who reads everything.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NonRootUnixFactAttribute : FactAttribute
{
    public NonRootUnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix permissions only";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "running as root, which can read any file";
        }
    }
}
