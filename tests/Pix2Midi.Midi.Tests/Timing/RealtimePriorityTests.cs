using System.Diagnostics;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Tests.Timing;

/// <summary>
/// Real-time priority on Linux, checked against what the kernel reports for the thread. Whether
/// the OS allows it here is asked of <c>chrt</c> (root with CAP_SYS_NICE: yes; a normal user
/// without an rtprio limit: no), so each test checks the outcome that applies, both ways.
/// </summary>
public class RealtimePriorityTests
{
    [ToolFact("chrt")]
    public void A_thread_that_asks_runs_SCHED_FIFO_at_a_low_priority_exactly_when_the_OS_allows_it_and_is_put_back_after()
    {
        var allowed = ThreadScheduling.Allowed();

        var (before, granted, raised, during, after, raisedAfter) = OnNewThread(() =>
        {
            var before = ThreadScheduling.Current();
            var grant = RealtimePriority.RaiseCurrentThread();
            var during = ThreadScheduling.Current();
            var raised = RealtimePriority.IsCurrentThreadRaised;
            grant.Dispose();
            return (before, grant.Granted, raised, during, ThreadScheduling.Current(), RealtimePriority.IsCurrentThreadRaised);
        });

        Assert.Equal(new ThreadScheduling(ThreadScheduling.Normal, 0), before);
        Assert.Equal(allowed, granted);
        Assert.Equal(allowed, raised);
        Assert.Equal(allowed ? new ThreadScheduling(ThreadScheduling.Fifo, 3) : before, during);
        Assert.Equal(before, after);
        Assert.False(raisedAfter);
    }

    [ToolFact("chrt")]
    public void Threads_and_processes_started_by_a_raised_thread_keep_normal_priority()
    {
        var allowed = ThreadScheduling.Allowed();

        var (granted, self, child, thread) = OnNewThread(() =>
        {
            using var grant = RealtimePriority.RaiseCurrentThread();
            var self = ThreadScheduling.Current();
            using var sleeper = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
            try
            {
                var child = ThreadScheduling.OfProcess(sleeper.Id).Select(t => t.Scheduling).Distinct().Single();
                var thread = OnNewThread(ThreadScheduling.Current);
                return (grant.Granted, self, child, thread);
            }
            finally
            {
                sleeper.Kill();
                sleeper.WaitForExit();
            }
        });

        Assert.Equal(allowed, granted);
        Assert.Equal(allowed ? ThreadScheduling.Fifo : ThreadScheduling.Normal, self.Policy);
        Assert.Equal(new ThreadScheduling(ThreadScheduling.Normal, 0), child);
        Assert.Equal(new ThreadScheduling(ThreadScheduling.Normal, 0), thread);
    }

    [ToolFact("chrt")]
    public void Asking_whether_it_is_allowed_answers_as_the_OS_does_and_changes_no_thread_of_the_caller()
    {
        var allowed = ThreadScheduling.Allowed();

        var (answer, before, after, raised) = OnNewThread(() =>
        {
            var before = ThreadScheduling.Current();
            var answer = RealtimePriority.IsAllowed();
            return (answer, before, ThreadScheduling.Current(), RealtimePriority.IsCurrentThreadRaised);
        });

        Assert.Equal(allowed, answer);
        Assert.Equal(before, after);
        Assert.False(raised);
    }

    [ToolFact("chrt")]
    public void A_raise_inside_a_raise_is_put_back_by_the_outer_grant_only()
    {
        var allowed = ThreadScheduling.Allowed();

        var (inner, afterInner, afterOuter) = OnNewThread(() =>
        {
            using var outer = RealtimePriority.RaiseCurrentThread();
            bool inner;
            using (var nested = RealtimePriority.RaiseCurrentThread())
            {
                inner = nested.Granted;
            }

            var afterInner = ThreadScheduling.Current();
            outer.Dispose();
            return (inner, afterInner, ThreadScheduling.Current());
        });

        Assert.Equal(allowed, inner);
        Assert.Equal(allowed ? ThreadScheduling.Fifo : ThreadScheduling.Normal, afterInner.Policy);
        Assert.Equal(ThreadScheduling.Normal, afterOuter.Policy);
    }

    [Fact]
    public void The_waiter_on_a_raised_thread_never_returns_before_the_moment_and_sees_a_cancellation()
    {
        var (early, cancelledAnswer) = OnNewThread(() =>
        {
            using var grant = RealtimePriority.RaiseCurrentThread();
            var waiter = new SleepSpinWaiter();
            var early = 0;
            for (var i = 0; i < 20; i++)
            {
                // From under the spin window to several sleep slices.
                var target = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * (i % 5 == 0 ? 45 : i) / 10_000);
                Assert.True(waiter.WaitUntil(target, CancellationToken.None));
                if (Stopwatch.GetTimestamp() < target)
                {
                    early++;
                }
            }

            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            return (early, waiter.WaitUntil(Stopwatch.GetTimestamp() + Stopwatch.Frequency, cancelled.Token));
        });

        Assert.Equal(0, early);
        Assert.False(cancelledAnswer);
    }

    /// <summary>Runs <paramref name="work"/> on a thread of its own, so no test thread's priority changes.</summary>
    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the thread failed", failure);
    }
}
