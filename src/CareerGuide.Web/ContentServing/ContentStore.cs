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
public sealed partial class ContentStore(IOptions<ContentOptions> options, IWebHostEnvironment environment,
    TimeProvider clock, ILogger<ContentStore> logger) : IDisposable
{
    private readonly Lock loading = new();
    private volatile ContentSnapshot snapshot = ContentSnapshot.Empty;
    private readonly TaskCompletionSource firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource reload = new();
    // What the last load parsed: a reload reads and parses only the files added or changed since.
    private readonly ParsedFiles parsed = new();

    /// <summary>What is served now: catalog, version and ETag together.</summary>
    public ContentSnapshot Snapshot => snapshot;

    /// <summary>Completes when the first load has been swapped in: what a request that comes earlier waits for.</summary>
    public Task FirstLoad => firstLoad.Task;

    /// <summary>The catalog in force (the current snapshot's).</summary>
    public ContentCatalog Current => snapshot.Catalog;

    /// <summary>The resolved content folder.</summary>
    public string Root { get; } = ContentFolder.Resolve(options.Value.Root);

    /// <summary>A token that fires once, when the next snapshot has been swapped in.</summary>
    public IChangeToken GetReloadToken() => new CancellationChangeToken(reload.Token);

    /// <summary>Loads the content folder and swaps the new snapshot in. Files that now fail keep their last good version.</summary>
    public ContentSnapshot Load()
    {
        lock (loading)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var previous = snapshot;
            var result = ContentLoader.Load(Root, new ContentLoadOptions(today, environment.IsDevelopment(), previous.IsLoaded ? previous.Catalog : null)
            {
                SiteFileExists = SiteFileExists,
                Parsed = parsed,
            });
            foreach (var problem in result.Catalog.Problems)
            {
                if (problem.IsError) LogProblemError(problem);
                else LogProblemWarning(problem);
            }
            var catalog = result.Catalog;
            var elapsedMs = Math.Round(result.Elapsed.TotalMilliseconds, 1);
            LogLoaded(Root, catalog.FileCount, catalog.Guides.Count, catalog.Articles.Count, catalog.Problems.Count, elapsedMs, result.FilesParsed);

            // The search index is built in the background: only the search page needs it, and it waits for it.
            catalog.PrepareSearch();
            snapshot = new ContentSnapshot(catalog, IsLoaded: true);
            var fired = Interlocked.Exchange(ref reload, new CancellationTokenSource());
            fired.Cancel();
            fired.Dispose();
            firstLoad.TrySetResult();
            return snapshot;
        }
    }

    /// <inheritdoc />
    public void Dispose() => reload.Dispose();

    // Whether the site's web root has a file (an audio guide, say), asked once per load, never per request.
    private bool SiteFileExists(string path) =>
        environment.WebRootFileProvider is not NullFileProvider && environment.WebRootFileProvider.GetFileInfo(path).Exists;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Content loaded from {ContentRoot}: {Files} files, {Guides} guides, {Articles} articles, {Problems} problems in {ElapsedMs} ms ({FilesParsed} files parsed, the rest unchanged)")]
    private partial void LogLoaded(string contentRoot, int files, int guides, int articles, int problems, double elapsedMs, int filesParsed);

    // The problem's ToString() is the same file:line:column line that the validate command prints.
    [LoggerMessage(Level = LogLevel.Error, Message = "Content problem: {Problem}")]
    private partial void LogProblemError(ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content problem: {Problem}")]
    private partial void LogProblemWarning(ContentProblem problem);
}
