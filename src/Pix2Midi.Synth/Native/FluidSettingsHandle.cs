using System.Runtime.InteropServices;

namespace Pix2Midi.Synth.Native;

/// <summary>A <c>fluid_settings_t*</c>, deleted once nothing that was created from it is left.</summary>
/// <remarks>
/// A synthesizer and a driver read their settings for as long as they live, so each one's handle
/// holds a reference on this one (<see cref="SafeHandle.DangerousAddRef"/>): the settings are
/// deleted last even when everything is finalized rather than disposed, in any order.
/// </remarks>
internal sealed class FluidSettingsHandle : SafeHandle
{
    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public FluidSettingsHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Interop.FluidSynth.DeleteSettings(handle);
        return true;
    }
}
