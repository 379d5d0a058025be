using System.Collections.Concurrent;
using System.Diagnostics;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>Real files in a temp folder, saved the ways editors save them; waits poll with a generous timeout.</summary>
public sealed class MappingWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _temp = new();
    private readonly ConcurrentQueue<MappingReload> _reloads = new();

    private string File1 => _temp.File("m.json");

    private static string Mapping(int note) => $$"""{ "name": "n{{note}}", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": {{note}} } ] }""";

    private MappingWatcher Watch()
    {
        var watcher = new MappingWatcher(File1, TimeSpan.FromMilliseconds(100));
        watcher.Reloaded += (_, reload) => _reloads.Enqueue(reload);
        return watcher;
    }

    private static Core.Mapping.Mapping Latest(MappingWatcher watcher)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (watcher.TakeLatest() is { } mapping)
            {
                return mapping;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("no reload within " + Patience);
    }

    private MappingReload Next(Func<MappingReload, bool> match)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (_reloads.TryDequeue(out var reload) && match(reload))
            {
                return reload;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("no such reload within " + Patience);
    }

    [Fact]
    public void A_save_in_place_is_picked_up_and_handed_out_once()
    {
        File.WriteAllText(File1, Mapping(60));
        using var watcher = Watch();

        File.WriteAllText(File1, Mapping(62));

        Assert.Equal(62, Latest(watcher).Regions[0].Note);
        Assert.Null(watcher.TakeLatest());
    }

    [Fact]
    public void A_save_by_writing_a_new_file_and_renaming_it_over_the_old_one_is_picked_up()
    {
        File.WriteAllText(File1, Mapping(60));
        using var watcher = Watch();

        File.WriteAllText(_temp.File("m.json.tmp~"), Mapping(64));
        File.Move(_temp.File("m.json.tmp~"), File1, overwrite: true);

        Assert.Equal(64, Latest(watcher).Regions[0].Note);
    }

    [Fact]
    public void An_invalid_save_is_reported_with_its_problems_and_hands_out_nothing()
    {
        File.WriteAllText(File1, Mapping(60));
        using var watcher = Watch();

        File.WriteAllText(File1, Mapping(60).Replace("\"note\": 60", "\"note\": 200", StringComparison.Ordinal));

        var reload = Next(r => !r.Succeeded);
        Assert.Contains(reload.Problems, p => p.Path == "$.regions[0].note" && p.Line == 1);
        Assert.Null(watcher.TakeLatest());

        File.WriteAllText(File1, Mapping(65));
        Assert.Equal(65, Latest(watcher).Regions[0].Note);
    }

    [Fact]
    public void A_file_written_in_two_halves_is_not_reported_as_broken()
    {
        File.WriteAllText(File1, Mapping(60));
        using var watcher = Watch();
        var text = System.Text.Encoding.UTF8.GetBytes(Mapping(67));

        using (var stream = new FileStream(File1, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            stream.Write(text.AsSpan(0, text.Length / 2));
            stream.Flush();
            Thread.Sleep(60);
            stream.Write(text.AsSpan(text.Length / 2));
        }

        Assert.Equal(67, Latest(watcher).Regions[0].Note);
        Assert.DoesNotContain(_reloads, r => !r.Succeeded);
    }

    [Fact]
    public void A_deleted_file_is_reported_once_and_a_new_one_in_its_place_is_loaded()
    {
        File.WriteAllText(File1, Mapping(60));
        using var watcher = Watch();

        File.Delete(File1);
        var gone = Next(r => !r.Succeeded);
        Assert.Contains("deleted", gone.Problems[0].Message, StringComparison.Ordinal);

        File.WriteAllText(File1, Mapping(60));
        Assert.Equal(60, Latest(watcher).Regions[0].Note);
    }

    [Fact]
    public void Polling_when_nothing_changed_allocates_nothing()
    {
        File.WriteAllText(File1, Mapping(60));
        using var watcher = Watch();
        watcher.TakeLatest();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Assert.Null(watcher.TakeLatest());
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    public void Dispose() => _temp.Dispose();
}
