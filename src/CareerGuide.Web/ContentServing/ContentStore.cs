using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Holds what is served. A request reads <see cref="Snapshot"/> once; a load builds a whole new catalog off
/// the request path and swaps the snapshot in one assignment, so a request never sees half of one. What must
/// follow a swap (evicting cached pages) subscribes to <see cref="GetReloadToken"/>, as with configuration.
/// </summary>
/// <remarks>
/// The first load may already be under way when the store is made: <see cref="ContentPreload"/> starts it while the
/// rest of the app is built, and the store takes its result when it was for the same folder, settings and day.
/// </remarks>
public sealed partial class ContentStore(IOptions<ContentOptions> options, IWebHostEnvironment environment,
    TimeProvider clock, ILogger<ContentStore> logger, ContentPreload? preload = null) : IDisposable
{
    private readonly Lock loading = new();
    private volatile ContentSnapshot snapshot = ContentSnapshot.Empty;
    private CancellationTokenSource reload = new();
    // What the last load parsed: a reload reads and parses only the files added or changed since.
    private ParsedFiles parsed = new();

    private readonly TaskCompletionSource firstLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first load's snapshot is in (requests that came earlier wait for it).</summary>
    public Task FirstLoaded => firstLoaded.Task;

    private readonly TaskCompletionSource firstPageServed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True until the first request after the first load has been answered (see <see cref="FirstPageServed"/>).</summary>
    internal bool AwaitingFirstPage => !firstPageServed.Task.IsCompleted;

    /// <summary>
    /// Marks the first page after the first load as answered, letting the start-up's background work begin; also
    /// called when the site stops, so that work is never held back by a site nobody visited.
    /// </summary>
    internal void FirstPageServed() => firstPageServed.TrySetResult();

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool once the first page after the first load has been answered, or
    /// <see cref="ContentOptions.StartUpWorkWaitMilliseconds"/> after now if none has: on two cores, the first visitor's
    /// page is otherwise made beside the parse cache's write and the search index, which nobody waits for.
    /// </summary>
    internal Task AfterFirstPage(Action work) =>
        Task.WhenAny(firstPageServed.Task, Task.Delay(Math.Max(0, options.Value.StartUpWorkWaitMilliseconds)))
            .ContinueWith(_ => work(), CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default);

    /// <summary>What is served now: catalog, version and ETag together.</summary>
    public ContentSnapshot Snapshot => snapshot;

    /// <summary>The catalog in force (the current snapshot's).</summary>
    public ContentCatalog Current => snapshot.Catalog;

    /// <summary>The resolved content folder.</summary>
    public string Root { get; } = ContentFolder.Resolve(options.Value.Root);

    /// <summary>A token that fires once, when the next snapshot has been swapped in.</summary>
    public IChangeToken GetReloadToken() => new CancellationChangeToken(reload.Token);

    /// <summary>Loads the content folder and swaps the new snapshot in. Files that now fail keep their last good version.</summary>
    /// <param name="prepareSearch">
    /// True to start building the new catalog's search index at once; the start-up load passes false and starts it
    /// when the server is up, so the index does not compete with the first pages for the processor.
    /// </param>
    public ContentSnapshot Load(bool prepareSearch = true)
    {
        lock (loading)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var previous = snapshot;
            var cacheFile = options.Value.ParseCache ? ParseCacheFile : null;
            var cacheFiles = CacheFilesToRead(cacheFile, options.Value.ParseCache ? options.Value.ParseCacheSeed : null);
            ContentLoadResult result;
            if (!previous.IsLoaded)
            {
                var first = preload?.Take(Root, cacheFiles, today, environment.IsDevelopment())
                    ?? FirstLoad(Root, cacheFiles, today, environment.IsDevelopment(), SiteFileExists);
                if (first.RestoredFrom is { } readFrom) LogCacheRead(first.Restored, readFrom, first.RestoreMs);
                parsed = first.Parsed;
                result = first.Result;
            }
            else
            {
                result = ContentLoader.Load(Root, new ContentLoadOptions(today, environment.IsDevelopment(), previous.Catalog)
                {
                    SiteFileExists = SiteFileExists,
                    Parsed = parsed,
                });
            }
            foreach (var problem in result.Catalog.Problems)
            {
                if (problem.IsError) LogProblemError(problem);
                else LogProblemWarning(problem);
            }
            var catalog = result.Catalog;
            LastFilesParsed = result.FilesParsed;
            var elapsedMs = Math.Round(result.Elapsed.TotalMilliseconds, 1);
            LogLoaded(Root, catalog.FileCount, catalog.Guides.Count, catalog.Articles.Count, catalog.Problems.Count, elapsedMs, result.FilesParsed);

            // At start-up, what was parsed is kept for the next start, off the start-up path: after the first page.
            if (!previous.IsLoaded && cacheFile is not null && result.FilesParsed > 0)
                saving = AfterFirstPage(() => SaveParseCache(cacheFile));

            // The search index is built in the background: only the search page needs it, and it waits for it.
            if (prepareSearch) catalog.PrepareSearch();
            snapshot = new ContentSnapshot(catalog, IsLoaded: true);
            var fired = Interlocked.Exchange(ref reload, new CancellationTokenSource());
            fired.Cancel();
            fired.Dispose();
            firstLoaded.TrySetResult();
            return snapshot;
        }
    }

    /// <summary>
    /// The parse cache's file: the configured one, or one in the user's cache folder named after the content folder;
    /// null when there is no setting and no user cache folder (then there is no cache).
    /// </summary>
    public string? ParseCacheFile => CacheFileFor(options.Value.ParseCacheFile, Root);

    /// <summary>
    /// The parse cache's file for a setting (empty for the default) and a resolved content folder. The default is in
    /// the user's own cache folder (<c>$XDG_CACHE_HOME</c>, else <c>~/.cache</c>; the local application data folder
    /// on Windows), never a folder others can write to: the cache holds HTML the site serves as it is.
    /// </summary>
    internal static string? CacheFileFor(string? setting, string root) => CacheFileFor(setting, root, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="CacheFileFor(string?, string)"/>, reading environment variables through <paramref name="variable"/>.</summary>
    internal static string? CacheFileFor(string? setting, string root, Func<string, string?> variable)
    {
        if (setting is { Length: > 0 } file) return Path.GetFullPath(file);
        var home = variable("HOME");
        var folder = OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : variable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg
            : home is { Length: > 0 } && Path.IsPathRooted(home) ? Path.Combine(home, ".cache")
            : null;
        if (string.IsNullOrEmpty(folder)) return null;
        var name = "parsed-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(root))))[..16] + ".jsonl";
        return Path.Combine(folder, "careerguide", name);
    }

    /// <summary>The parse caches a first load reads, in order: the own one, then the seed (either may be missing).</summary>
    internal static IReadOnlyList<string> CacheFilesToRead(string? cacheFile, string? seed) =>
        [.. new[] { cacheFile, seed is { Length: > 0 } ? Path.GetFullPath(seed) : null }.OfType<string>()];

    /// <summary>
    /// The first load of a folder: the first of <paramref name="cacheFiles"/> that holds anything for it read back,
    /// then every file loaded, parsing only those the cache does not hold as they are now.
    /// </summary>
    internal static FirstLoadResult FirstLoad(string root, IReadOnlyList<string> cacheFiles, DateOnly today, bool development, Func<string, bool> siteFileExists)
    {
        var parsed = new ParsedFiles();
        var (restored, restoreMs, restoredFrom) = (0, 0.0, (string?)null);
        foreach (var cacheFile in cacheFiles)
        {
            var started = Stopwatch.GetTimestamp();
            restored = ParsedFilesCache.Restore(parsed, cacheFile, root);
            restoreMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
            if (restored == 0) continue;
            restoredFrom = cacheFile;
            break;
        }
        var result = ContentLoader.Load(root, new ContentLoadOptions(today, development) { SiteFileExists = siteFileExists, Parsed = parsed });
        return new FirstLoadResult(parsed, result, restored, restoreMs, restoredFrom);
    }

    /// <summary>How many files the last load parsed (the rest were unchanged, or read back from the parse cache); for tests.</summary>
    internal int LastFilesParsed { get; private set; }

    /// <summary>The start-up's write of the parse cache, when one is under way or done (a stop waits for it).</summary>
    internal Task Saving => saving;

    private Task saving = Task.CompletedTask;

    private void SaveParseCache(string cacheFile)
    {
        if (ParsedFilesCache.Save(parsed, cacheFile, Root)) LogCacheWritten(parsed.Count, cacheFile);
        else LogCacheNotWritten(cacheFile);
    }

    /// <inheritdoc />
    public void Dispose() => reload.Dispose();

    // Whether the site's web root has a file (an audio guide, say), asked once per load, never per request.
    private bool SiteFileExists(string path) => SiteFileExists(environment, path);

    internal static bool SiteFileExists(IWebHostEnvironment environment, string path) =>
        environment.WebRootFileProvider is not NullFileProvider && environment.WebRootFileProvider.GetFileInfo(path).Exists;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Content loaded from {ContentRoot}: {Files} files, {Guides} guides, {Articles} articles, {Problems} problems in {ElapsedMs} ms ({FilesParsed} files parsed, the rest unchanged)")]
    private partial void LogLoaded(string contentRoot, int files, int guides, int articles, int problems, double elapsedMs, int filesParsed);

    // The problem's ToString() is the same file:line:column line that the validate command prints.
    [LoggerMessage(Level = LogLevel.Error, Message = "Content problem: {Problem}")]
    private partial void LogProblemError(ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parse cache: {Files} files read back from {CacheFile} in {ElapsedMs} ms")]
    private partial void LogCacheRead(int files, string cacheFile, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parse cache: {Files} files written to {CacheFile} for the next start")]
    private partial void LogCacheWritten(int files, string cacheFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse cache: could not write {CacheFile}; the next start parses every file (set Content:ParseCacheFile to a writable place, or Content:ParseCache to false)")]
    private partial void LogCacheNotWritten(string cacheFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content problem: {Problem}")]
    private partial void LogProblemWarning(ContentProblem problem);
}

/// <summary>What a first load gave: the parsed files (for the reloads after it), the load, and what the parse cache held.</summary>
internal sealed record FirstLoadResult(ParsedFiles Parsed, ContentLoadResult Result, int Restored, double RestoreMs, string? RestoredFrom);
