using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>A <c>fluid_audio_driver_t*</c>, deleted before the synthesizer it renders and the settings it read.</summary>
internal sealed class FluidAudioDriverHandle : SafeHandle
{
    private FluidSynthHandle? _synth;
    private FluidSettingsHandle? _settings;

    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public FluidAudioDriverHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <summary>Keeps <paramref name="synth"/> and <paramref name="settings"/> alive until this driver is deleted.</summary>
    public void DependOn(FluidSynthHandle synth, FluidSettingsHandle settings)
    {
        var added = false;
        synth.DangerousAddRef(ref added);
        _synth = synth;
        added = false;
        settings.DangerousAddRef(ref added);
        _settings = settings;
    }

    /// <inheritdoc />
    /// <remarks>Deleting the driver ends its audio thread, so nothing renders the synthesizer any more.</remarks>
    protected override bool ReleaseHandle()
    {
        Interop.FluidSynth.DeleteAudioDriver(handle);
        _synth?.DangerousRelease();
        _settings?.DangerousRelease();
        _synth = null;
        _settings = null;
        return true;
    }
}
