using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>A <c>fluid_synth_t*</c>, deleted before its settings.</summary>
internal sealed class FluidSynthHandle : SafeHandle
{
    private FluidSettingsHandle? _settings;

    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public FluidSynthHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <summary>Keeps <paramref name="settings"/> alive until this synthesizer is deleted.</summary>
    public void DependOn(FluidSettingsHandle settings)
    {
        var added = false;
        settings.DangerousAddRef(ref added);
        _settings = settings;
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Interop.FluidSynth.DeleteSynth(handle);
        _settings?.DangerousRelease();
        _settings = null;
        return true;
    }
}
