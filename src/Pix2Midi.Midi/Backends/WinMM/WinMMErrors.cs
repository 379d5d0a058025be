using System.Globalization;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.WinMM;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>Turns WinMM result codes into one <see cref="MidiOutputException"/> with words a musician understands.</summary>
internal static class WinMMErrors
{
    /// <summary>What a code means for the port, and what to do about it.</summary>
    /// <param name="result">The MMRESULT.</param>
    /// <param name="port">The port's name, as the user knows it.</param>
    /// <param name="action">What Pix2Midi was doing, as a verb: "open", "send to".</param>
    /// <param name="systemText">Windows' own text for the code (<c>midiOutGetErrorTextW</c>), or null.</param>
    public static string Describe(MmResult result, string port, string action, string? systemText)
    {
        var text = result switch
        {
            MmResult.Allocated => $"“{port}” is already in use by another program (close it there, or use a second loopMIDI port).",
            MmResult.BadDeviceId or MmResult.MidiNoDevice => $"“{port}” is no longer there (was the loopMIDI port removed?).",
            MmResult.NoDriver => $"“{port}” has no working driver (reinstall loopMIDI or the device's driver, then try again).",
            MmResult.NoMemory => $"Windows ran out of memory to {action} “{port}” (close some programs and try again).",
            MmResult.InvalidHandle => $"“{port}” was closed while Pix2Midi was using it (was loopMIDI stopped or the port removed?).",
            MmResult.NotEnabled => $"The driver of “{port}” is disabled (check the device in Device Manager).",
            MmResult.MidiNotReady => $"“{port}” is busy and did not take the message (try again, or use another port).",
            _ => $"Windows could not {action} “{port}” (WinMM error {((uint)result).ToString(CultureInfo.InvariantCulture)}).",
        };
        var system = systemText?.Trim();
        return string.IsNullOrEmpty(system) ? text : $"{text} Windows says: {system}";
    }

    /// <summary>The exception for a failed call, with Windows' own text when it has one.</summary>
    [SupportedOSPlatform("windows")]
    public static MidiOutputException Exception(MmResult result, string port, string action) =>
        new(Describe(result, port, action, SystemText(result))) { NativeCode = (int)result };

    /// <summary>The exception for a call NAudio reported as failed (its codes are WinMM's own).</summary>
    [SupportedOSPlatform("windows")]
    public static MidiOutputException Exception(NAudio.MmException failure, string port, string action) =>
        Exception((MmResult)(uint)failure.Result, port, action);

    /// <summary><c>midiOutGetErrorTextW</c>'s text for <paramref name="result"/>, or null.</summary>
    [SupportedOSPlatform("windows")]
    private static unsafe string? SystemText(MmResult result)
    {
        var buffer = stackalloc char[MaxErrorLength];
        if (midiOutGetErrorTextW(result, buffer, MaxErrorLength) != MmResult.NoError)
        {
            return null;
        }

        var text = new ReadOnlySpan<char>(buffer, MaxErrorLength);
        var end = text.IndexOf('\0');
        return new string(end < 0 ? text : text[..end]);
    }
}
