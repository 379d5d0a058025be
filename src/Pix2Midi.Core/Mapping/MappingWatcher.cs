namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Watches a mapping file and loads it again whenever it is saved, for hot reload: a valid save
/// becomes the latest mapping; an invalid one is reported and the running mapping is kept.
/// </summary>
/// <remarks>
/// <para>
/// Editors save in different ways: writing in place (often in several writes), or writing a
/// new file and renaming it over the old one, sometimes deleting the old one first. So the
/// watcher watches the file's folder for any change of that name, waits until changes have been
/// quiet for <c>debounce</c>, then reads the file. A text that does not load is read again one
/// quiet interval later and reported only if it has not changed meanwhile, so a half-written file
/// is not reported as an error. A save that does not change the bytes is ignored. A file that is
/// deleted and not replaced is reported once; the running mapping plays on.
/// </para>
/// <para>
/// Thread-safe. <see cref="Reloaded"/> is raised on a thread-pool thread, one at a time. The
/// player polls <see cref="TakeLatest"/> once per frame; it allocates nothing.
/// </para>
/// </remarks>
public sealed class MappingWatcher : IDisposable
{
    private static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    private readonly object _gate = new();
    private readonly string _fileName;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private Mapping? _latest;
    private byte[]? _lastBytes;
    private byte[]? _pendingFailure;
    private bool _reportedMissing;
    private bool _disposed;

    /// <summary>Starts watching <paramref name="path"/>; its current text counts as already loaded.</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="debounce">How long changes must be quiet before the file is read; default 150 ms.</param>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist.</exception>
    public MappingWatcher(string path, TimeSpan? debounce = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _fileName = System.IO.Path.GetFileName(Path);
        _debounce = debounce ?? DefaultDebounce;
        var folder = System.IO.Path.GetDirectoryName(Path) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder");
        }

        _lastBytes = TryRead();
        _timer = new Timer(_ => Check(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnRenamed;
        _watcher.Error += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised after each save: with the new mapping, or with the problems that kept it out.</summary>
    public event EventHandler<MappingReload>? Reloaded;

    /// <summary>The full path of the file watched.</summary>
    public string Path { get; }

    /// <summary>
    /// The newest valid mapping saved since the last call, or null when there is none. Each
    /// mapping is handed out once. Allocates nothing.
    /// </summary>
    public Mapping? TakeLatest() => Volatile.Read(ref _latest) is null ? null : Interlocked.Exchange(ref _latest, null);

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (Matches(e.Name))
        {
            Schedule();
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (Matches(e.Name) || Matches(e.OldName))
        {
            Schedule();
        }
    }

    private bool Matches(string? name) =>
        name is not null && string.Equals(System.IO.Path.GetFileName(name), _fileName, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private void Schedule()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Check()
    {
        MappingReload? reload;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            reload = Examine();
        }

        if (reload is not null)
        {
            Reloaded?.Invoke(this, reload);
        }
    }

    private MappingReload? Examine()
    {
        if (!File.Exists(Path))
        {
            if (_reportedMissing)
            {
                return null;
            }

            _reportedMissing = true;
            return new MappingReload(Path, null, [new MappingProblem(Path, 0, 0, string.Empty, "the mapping file was deleted or renamed; the running mapping plays on until it is saved again")]);
        }

        var bytes = TryRead();
        if (bytes is null)
        {
            // Locked or mid-replace: look again shortly.
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            return null;
        }

        var wasMissing = _reportedMissing;
        _reportedMissing = false;
        if (!wasMissing && _lastBytes is not null && bytes.AsSpan().SequenceEqual(_lastBytes))
        {
            return null;
        }

        try
        {
            var mapping = MappingLoader.Parse(Path, bytes);
            _lastBytes = bytes;
            _pendingFailure = null;
            Volatile.Write(ref _latest, mapping);
            return new MappingReload(Path, mapping, []);
        }
        catch (MappingException e)
        {
            if (_pendingFailure is null || !bytes.AsSpan().SequenceEqual(_pendingFailure))
            {
                // Maybe half-written: report it only if it is still the same one quiet interval later.
                _pendingFailure = bytes;
                _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
                return null;
            }

            _pendingFailure = null;
            _lastBytes = bytes;
            return new MappingReload(Path, null, e.Problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in the loader must not end a performance: it is reported like an invalid save.
            _pendingFailure = null;
            _lastBytes = bytes;
            return new MappingReload(Path, null, [new MappingProblem(Path, 0, 0, string.Empty, $"the file could not be loaded ({e.GetType().Name}: {MappingText.Escape(e.Message, 200)}); the running mapping plays on (please report this)")]);
        }
    }

    private byte[]? TryRead()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                if (stream.Length > MappingLimits.MaxFileBytes)
                {
                    return new byte[MappingLimits.MaxFileBytes + 1];
                }

                var bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                return bytes;
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
            catch (IOException)
            {
                Thread.Sleep(20);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(20);
            }
        }

        return null;
    }
}
