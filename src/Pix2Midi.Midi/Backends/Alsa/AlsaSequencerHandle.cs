using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>An open ALSA sequencer (<c>snd_seq_t*</c>); closing it removes its ports and connections.</summary>
[SupportedOSPlatform("linux")]
internal sealed class AlsaSequencerHandle : SafeHandle
{
    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public AlsaSequencerHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Interop.Alsa.SeqClose(handle);
        return true;
    }
}
