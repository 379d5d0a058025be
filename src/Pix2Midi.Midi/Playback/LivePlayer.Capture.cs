using System.Diagnostics;
using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Playback;

/// <summary>The capture thread: read the source as fast as it delivers, keep only the newest picture, reopen it when it goes away.</summary>
public sealed partial class LivePlayer
{
    private void Capture(Func<CancellationToken, IFrameSource> openSource, IFrameSource? source, LatestFrame mailbox, CancellationToken stop)
    {
        // Real-time priority before the source is (re)opened: a decoder process started from this
        // thread keeps normal priority all the same (the grant is never inherited).
        using var realtime = RealtimePriority.RaiseCurrentThread();
        Volatile.Write(ref _captureRealtime, realtime.Granted);
        var backoff = new RetryBackoff(_options.FirstRetryDelay, _options.MaxRetryDelay);
        var connection = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (source is null)
                {
                    try
                    {
                        source = openSource(stop);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        if (stop.IsCancellationRequested)
                        {
                            break;
                        }

                        var wait = backoff.Take();
                        mailbox.Post(new CaptureEvent(CaptureEventKind.OpenFailed, e.Message, backoff.Attempts, wait));
                        if (stop.WaitHandle.WaitOne(wait))
                        {
                            break;
                        }

                        continue;
                    }

                    connection++;
                }

                string reason;
                try
                {
                    if (source.TryReadFrame(out var frame))
                    {
                        // The capture time: the moment the source handed the picture over.
                        mailbox.Publish(frame.Luma, frame.Chroma, Stopwatch.GetTimestamp(), connection);
                        backoff.Reset();
                        continue;
                    }

                    reason = $"{source.Info.Name}: the source ended";
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    reason = e.Message;
                }

                source.Dispose();
                source = null;
                if (stop.IsCancellationRequested)
                {
                    break;
                }

                var delay = backoff.Take();
                mailbox.Post(new CaptureEvent(CaptureEventKind.Lost, reason, backoff.Attempts, delay, connection));
                if (stop.WaitHandle.WaitOne(delay))
                {
                    break;
                }
            }
        }
        finally
        {
            source?.Dispose();
        }
    }
}
