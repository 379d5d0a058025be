using System.Runtime.InteropServices;
using Pix2Midi.Synth.Native;

namespace Pix2Midi.Synth.Realtime;

/// <summary>The audio drivers the installed FluidSynth was built with.</summary>
public static unsafe class AudioDrivers
{
    /// <summary>The drivers, in alphabetical order (such as alsa, file, jack, oss, pulseaudio, sdl2).</summary>
    /// <exception cref="SynthException">FluidSynth is missing.</exception>
    public static IReadOnlyList<string> Available()
    {
        FluidSynthLibrary.Require();
        using var settings = Interop.FluidSynth.NewSettings();
        return settings.IsInvalid ? [] : Available(settings);
    }

    /// <summary>FluidSynth's default driver for this OS (the first it was built with, by its own order).</summary>
    /// <exception cref="SynthException">FluidSynth is missing.</exception>
    public static string Default()
    {
        FluidSynthLibrary.Require();
        using var settings = Interop.FluidSynth.NewSettings();
        return settings.IsInvalid ? string.Empty : Current(settings);
    }

    /// <summary>The options of <c>audio.driver</c> in <paramref name="settings"/>.</summary>
    internal static List<string> Available(FluidSettingsHandle settings)
    {
        var names = new List<string>();
        var gc = GCHandle.Alloc(names);
        try
        {
            Interop.FluidSynth.SettingsForEachOption(settings, "audio.driver", GCHandle.ToIntPtr(gc), &OnOption);
        }
        finally
        {
            gc.Free();
        }

        return names;
    }

    /// <summary>The value of <c>audio.driver</c> in <paramref name="settings"/>.</summary>
    internal static string Current(FluidSettingsHandle settings)
    {
        Span<byte> buffer = stackalloc byte[64];
        fixed (byte* text = buffer)
        {
            return Interop.FluidSynth.SettingsCopyString(settings, "audio.driver", text, buffer.Length) == Interop.FluidSynth.Ok
                ? Marshal.PtrToStringUTF8((nint)text) ?? string.Empty
                : string.Empty;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static void OnOption(nint data, byte* name, byte* option)
    {
        try
        {
            if (GCHandle.FromIntPtr(data).Target is List<string> names && Marshal.PtrToStringUTF8((nint)option) is { } text)
            {
                names.Add(text);
            }
        }
        catch (Exception)
        {
            // Nothing may unwind into FluidSynth; a name left out only shortens a list in a message.
        }
    }
}
