using System.Text.Json;

namespace Pix2Midi.Cli.Tests.Playback;

/// <summary>
/// Real-time priority in the real tool, to a real JACK receiver: which threads of <c>pix2midi</c>
/// get it (as the kernel reports them while it plays), that the <c>ffmpeg</c> it starts never
/// does, and that a run refused it plays on, says so once and records it in <c>--stats</c>.
/// Whether the OS allows it is asked of <c>chrt</c> under the same conditions.
/// </summary>
public class RealtimePriorityProcessTests
{
    private const string Captures = "Pix2Midi captur"; // thread names are cut to 15 bytes
    private const string Analysis = "Pix2Midi analys";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly ThreadScheduling Raised = new(ThreadScheduling.Fifo, 3);
    private static readonly Dictionary<string, string> NoDisplay = new() { ["DISPLAY"] = string.Empty, ["WAYLAND_DISPLAY"] = string.Empty };

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "ffmpeg", "chrt")]
    public void Live_runs_its_capture_and_MIDI_threads_real_time_when_allowed_and_its_ffmpeg_at_normal_priority()
    {
        var allowed = ThreadScheduling.Allowed();
        using var rig = JackRig.Start();
        using var dump = rig.StartMidiDump("pix2midi-priority");
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform());
        using var tool = ToolProcess.Start(temp.Path, With(rig.Environment), "live", "--source", server.Url, "-m", "calibration", "--port", "jack:" + dump.PortName, "--stats", "stats.json");
        Assert.True(WaitUntil(() => dump.Messages.Count(m => m.Bytes[0] == 0x90) >= 16, Patience), tool.Output + tool.Error);

        var threads = ThreadScheduling.OfProcess(tool.Id);
        var decoders = ThreadScheduling.ChildrenOf(tool.Id).SelectMany(ThreadScheduling.OfProcess).ToList();
        tool.Signal("INT");

        Assert.Equal(130, tool.WaitForExit(Patience));
        Assert.Equal(allowed ? Raised : new ThreadScheduling(ThreadScheduling.Normal, 0), Assert.Single(threads, t => t.Name == Captures).Scheduling);
        Assert.Equal(allowed ? 2 : 0, threads.Count(t => t.Scheduling == Raised)); // the capture thread and the MIDI thread
        Assert.Contains(decoders, t => t.Name == "ffmpeg");
        Assert.All(decoders, t => Assert.Equal(ThreadScheduling.Normal, t.Scheduling.Policy));
        Assert.Equal(allowed, RealtimePriority(temp.File("stats.json")));
        Assert.Equal(allowed ? 0 : 1, tool.OutputLines.Count(IsHint));
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "ffmpeg", "chrt")]
    public void Run_raises_its_clock_thread_only_never_the_analysis_thread_nor_the_ffmpeg_decoding_ahead()
    {
        var allowed = ThreadScheduling.Allowed();
        using var rig = JackRig.Start();
        using var dump = rig.StartMidiDump("pix2midi-priority");
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, With(rig.Environment), "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--loop", "--decoder", "ffmpeg", "--port", "jack:" + dump.PortName, "--stats", "stats.json", "--no-status");
        Assert.True(WaitUntil(() => dump.Messages.Count(m => m.Bytes[0] == 0x90) >= 2, Patience), tool.Output + tool.Error);

        var threads = ThreadScheduling.OfProcess(tool.Id);
        var decoders = ThreadScheduling.ChildrenOf(tool.Id).SelectMany(ThreadScheduling.OfProcess).ToList();
        tool.Signal("INT");

        Assert.Equal(130, tool.WaitForExit(Patience));
        Assert.Equal(allowed ? 1 : 0, threads.Count(t => t.Scheduling == Raised)); // the clock thread
        Assert.Equal(ThreadScheduling.Normal, Assert.Single(threads, t => t.Name == Analysis).Scheduling.Policy);
        Assert.Contains(decoders, t => t.Name == "ffmpeg");
        Assert.All(decoders, t => Assert.Equal(ThreadScheduling.Normal, t.Scheduling.Policy));
        Assert.Equal(allowed, RealtimePriority(temp.File("stats.json")));
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "ffmpeg", "chrt", "setpriv")]
    public void Refused_real_time_priority_the_run_plays_every_note_says_so_once_and_records_it()
    {
        // As root, without CAP_SYS_NICE (root's rtprio limit is 0): refused as a normal user is.
        // Not root: as the user runs it, who may or may not have an rtprio limit.
        string[] prefix = Environment.IsPrivilegedProcess ? ["setpriv", "--bounding-set=-sys_nice", "--inh-caps=-sys_nice"] : [];
        var allowed = ThreadScheduling.Allowed(prefix);
        using var rig = JackRig.Start();
        using var dump = rig.StartMidiDump("pix2midi-priority");
        using var temp = new TempDirectory();
        var video = temp.File("white.mp4");
        ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=c=white:s=64x36:r=10:d=1", "-pix_fmt", "yuv420p", video);

        var command = prefix.Concat([.. ToolCommand.Prefix, "run", video, "-m", "calibration", "--port", "jack:" + dump.PortName, "--stats", temp.File("stats.json"), "--no-status"]).ToArray();
        var run = ExternalTool.Run(command[0], command[1..], Patience, temp.Path, With(rig.Environment));
        ToolDefects.Check(run.StandardOutput, run.StandardError);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Equal(string.Empty, run.StandardError);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(allowed ? 0 : 1, lines.Count(IsHint));
        if (!allowed)
        {
            // Right after the line that says what plays where.
            Assert.StartsWith("Playing ", lines[Array.FindIndex(lines, IsHint) - 1], StringComparison.Ordinal);
        }

        Assert.Equal(allowed, RealtimePriority(temp.File("stats.json")));
        Assert.True(WaitUntil(() => dump.Messages.Count(m => m.Bytes[0] == 0x90) == 16 && dump.Messages.Count(m => m.Bytes[0] == 0x80) == 16, TimeSpan.FromSeconds(5)), string.Join('\n', dump.Lines));
    }

    [ToolFact("ffmpeg", "chrt", "setpriv")]
    public void As_nobody_to_the_console_the_run_plays_without_a_hint_and_records_no_real_time_priority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // chrt and setpriv are Linux's: skipped before this anywhere else
        }

        string[] nobody = Environment.IsPrivilegedProcess ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
        var allowed = ThreadScheduling.Allowed(nobody);
        using var temp = new TempDirectory();
        File.SetUnixFileMode(temp.Path, (UnixFileMode)0b111_111_111);
        var video = temp.File("white.mp4");
        ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=c=white:s=64x36:r=10:d=1", "-pix_fmt", "yuv420p", video);
        File.SetUnixFileMode(video, (UnixFileMode)0b110_100_100);

        var run = CliRun.ProcessUnprivileged(temp.Path, "run", video, "-m", "calibration", "--stats", "stats.json", "--no-status");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Empty(run.ErrorLines);
        Assert.DoesNotContain(run.Output.Split('\n'), IsHint); // the console monitor shows the notes: no port to keep time for
        Assert.Equal(16, run.Output.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
        Assert.Equal(allowed, RealtimePriority(temp.File("stats.json")));
    }

    private static bool IsHint(string line) => line.StartsWith("Note: the MIDI threads run at normal priority", StringComparison.Ordinal);

    private static bool RealtimePriority(string stats)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(stats));
        return json.RootElement.GetProperty("realtimePriority").GetBoolean();
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment) =>
        new(environment.Concat(NoDisplay));

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }
}
