using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>A <c>snd_seq_client_info_t</c> from <c>snd_seq_client_info_malloc</c>: opaque, its size known only to libasound.</summary>
[SupportedOSPlatform("linux")]
internal sealed class AlsaClientInfoHandle : SafeHandle
{
    /// <summary>Creates an empty handle; the interop layer sets it.</summary>
    public AlsaClientInfoHandle()
        : base(0, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        Interop.Alsa.SeqClientInfoFree(handle);
        return true;
    }
}
