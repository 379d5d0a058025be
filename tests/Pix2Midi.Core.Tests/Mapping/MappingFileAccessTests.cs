using System.Collections.Concurrent;
using System.Diagnostics;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// A mapping cannot make Pix2Midi touch any file but the one the user named. No field of the
/// format names a file to open: <c>$schema</c> is for editors and <c>name</c> and
/// <c>description</c> are text, and there is no include. These tests prove it from the outside:
/// a named pipe with no writer blocks whoever opens it, so a loader that opened a path found in
/// the mapping would hang.
/// </summary>
public sealed class MappingFileAccessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [ToolFact("mkfifo")]
    public async Task Loading_opens_only_the_named_file_whatever_paths_its_fields_hold()
    {
        var trap = _temp.File("trap.fifo");
        ExternalTool.Run("mkfifo", [trap]).EnsureSuccess("mkfifo");
        var relative = Path.GetRelativePath(_temp.Path, trap);
        var path = _temp.File("m.json");
        File.WriteAllText(path, $$"""
            {
              "$schema": "{{trap}}",
              "name": "{{relative}}",
              "description": "file://{{trap}}",
              "regions": [ { "name": "../{{relative}}", "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ]
            }
            """);

        var loading = Task.Run(() => MappingLoader.Load(path));
        var finished = await Task.WhenAny(loading, Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != loading)
        {
            // Unblock the reader so the test host can end, then fail.
            await using (new FileStream(trap, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail("the loader opened a file named inside the mapping");
        }

        var mapping = await loading;
        Assert.Equal(relative, mapping.Name);
        Assert.Equal("../" + relative, mapping.Regions[0].Name);
    }

    [Fact]
    public async Task The_watcher_reads_only_its_own_file_not_the_others_in_its_folder()
    {
        var path = _temp.File("m.json");
        File.WriteAllText(path, Mapping(60));
        var reloads = new ConcurrentQueue<MappingReload>();
        using var watcher = new MappingWatcher(path, TimeSpan.FromMilliseconds(50));
        watcher.Reloaded += (_, reload) => reloads.Enqueue(reload);

        // Saves, renames and deletions of every neighbour, including near-namesakes.
        File.WriteAllText(_temp.File("other.json"), Mapping(61));
        File.WriteAllText(_temp.File("m.json.bak"), Mapping(62));
        File.WriteAllText(_temp.File("m.json~"), "{ broken");
        File.WriteAllText(_temp.File("M.JSON2"), Mapping(63));
        Directory.CreateDirectory(_temp.File("sub"));
        File.WriteAllText(_temp.File(Path.Combine("sub", "m.json")), Mapping(64));
        File.Move(_temp.File("other.json"), _temp.File("renamed.json"));
        File.Delete(_temp.File("m.json~"));

        // Then the watched file itself: the first and only report is about it.
        File.WriteAllText(path, Mapping(65));
        var clock = Stopwatch.StartNew();
        while (reloads.IsEmpty && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        var reload = Assert.Single(reloads);
        Assert.Equal(path, reload.Path);
        Assert.Equal(65, Assert.IsType<Core.Mapping.Mapping>(reload.Mapping).Regions[0].Note);
    }

    private static string Mapping(int note) => $$"""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": {{note}} } ] }""";

    public void Dispose() => _temp.Dispose();
}
