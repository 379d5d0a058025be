using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Live;

/// <summary>Several observers of one live run, called in order.</summary>
internal sealed class LiveObservers(params ILiveObserver[] observers) : ILiveObserver
{
    public void OnFrame(LumaPlane luma, in LiveStatus status)
    {
        foreach (var observer in observers)
        {
            observer.OnFrame(luma, status);
        }
    }

    public void OnFrame(LumaPlane luma, ChromaPlanes chroma, in LiveStatus status)
    {
        foreach (var observer in observers)
        {
            observer.OnFrame(luma, chroma, status);
        }
    }

    public void OnNotice(in SourceNotice notice)
    {
        foreach (var observer in observers)
        {
            observer.OnNotice(notice);
        }
    }
}
