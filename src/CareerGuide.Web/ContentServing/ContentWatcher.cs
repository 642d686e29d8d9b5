using System.Diagnostics;
using System.IO.Enumeration;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Notices added, changed, renamed and removed content files and reloads the catalog in the background.
/// File-system events make it quick; a periodic check of every file's size and time catches what events
/// miss. Loads run one at a time on this service's own thread, never on a request.
/// </summary>
public sealed partial class ContentWatcher(ContentStore store, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim signal = new(0);
    // When the last file event came (Stopwatch timestamp).
    private long lastEvent;
    private bool disposed;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch || !Directory.Exists(store.Root)) return;

        using var watcher = settings.FileEvents ? CreateWatcher(store.Root) : null;
        var seen = Snapshot(store.Root);
        var poll = TimeSpan.FromMilliseconds(Math.Max(50, settings.PollMilliseconds));
        var settle = TimeSpan.FromMilliseconds(Math.Max(0, settings.SettleMilliseconds));
        var longest = TimeSpan.FromMilliseconds(Math.Max(settings.SettleMilliseconds, settings.LongestWaitMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var woken = await signal.WaitAsync(poll, stoppingToken);
                // Wait until the folder stops changing, so an editor's save in several writes loads once; but
                // no longer than the longest wait, so files that never stop changing still get loaded. With file
                // events, quiet means no event for the settle time and the folder is scanned once, after it;
                // without them (a poll), two scans the settle time apart must agree.
                var waiting = Stopwatch.StartNew();
                FolderState now;
                if (woken && watcher is not null)
                {
                    // One save raises several events over a few milliseconds (sed -i: create, write, rename), so
                    // the settle time counts from the last of them.
                    TimeSpan sinceLast;
                    while ((sinceLast = Stopwatch.GetElapsedTime(Volatile.Read(ref lastEvent))) < settle && waiting.Elapsed < longest)
                        await Task.Delay(settle - sinceLast, stoppingToken);
                    // Events so far are covered by the scan below; a later one wakes the next round.
                    while (signal.Wait(0, CancellationToken.None)) { }
                    now = Snapshot(store.Root);
                    if (now.Equals(seen)) continue;
                }
                else
                {
                    now = Snapshot(store.Root);
                    if (now.Equals(seen)) continue;
                    do
                    {
                        seen = now;
                        await Task.Delay(settle, stoppingToken);
                        now = Snapshot(store.Root);
                    }
                    while (!now.Equals(seen) && waiting.Elapsed < longest);
                }
                seen = now;

                LogChanged(store.Root);
                store.Load();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file vanished mid-scan or was locked: the next round sees a settled folder.
                LogScanFailed(e.Message);
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        Volatile.Write(ref disposed, true);
        signal.Dispose();
        base.Dispose();
    }

    private FileSystemWatcher? CreateWatcher(string root)
    {
        try
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler wake = (_, _) => Wake();
            watcher.Created += wake;
            watcher.Changed += wake;
            watcher.Deleted += wake;
            watcher.Renamed += (_, _) => Wake();
            watcher.Error += (_, _) => Wake();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            LogNoEvents(e.Message);
            return null;
        }
    }

    // Called on the file watcher's own thread, which can still deliver an event (or an error, when the folder is
    // removed) after the service was disposed: that one is dropped, never thrown on a thread nobody catches.
    internal void Wake()
    {
        Volatile.Write(ref lastEvent, Stopwatch.GetTimestamp());
        if (Volatile.Read(ref disposed)) return;
        try
        {
            if (signal.CurrentCount == 0) signal.Release();
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the release.
        }
    }

    // What identifies the folder's state: every content file's path, size and last write time, read from the
    // directory entries (one stat each, no string built per file), so a scan stays cheap at 10,000 files.
    private static FolderState Snapshot(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && entry.FileName.EndsWith(".md", StringComparison.Ordinal),
        };
        var state = files.ToArray();
        Array.Sort(state, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FolderState(state);
    }

    private sealed class FolderState((string Path, long Length, long Ticks)[] files) : IEquatable<FolderState>
    {
        private readonly (string Path, long Length, long Ticks)[] files = files;

        public bool Equals(FolderState? other) => other is not null && files.AsSpan().SequenceEqual(other.files);

        public override bool Equals(object? obj) => Equals(obj as FolderState);

        public override int GetHashCode() => files.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed in {ContentRoot}; reloading")]
    private partial void LogChanged(string contentRoot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder scan failed, retrying: {Reason}")]
    private partial void LogScanFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File events are unavailable ({Reason}); relying on polling")]
    private partial void LogNoEvents(string reason);
}
