using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Infrastructure;

/// <summary>
/// Holds the current content catalog. Pages read <see cref="Current"/> once per request; a load builds
/// a whole new catalog off the request path and swaps the reference, so a request never sees half of one.
/// </summary>
public sealed partial class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment,
    TimeProvider clock, ILogger<ContentStore> logger)
{
    private readonly Lock loading = new();
    private volatile ContentCatalog current = ContentCatalog.Empty;

    /// <summary>The catalog in force.</summary>
    public ContentCatalog Current => current;

    /// <summary>The version of the code and catalog in force (see <see cref="ContentVersion"/>), computed once per load.</summary>
    public string Version { get; private set; } = ContentVersion.Of(DateTimeOffset.MinValue);

    /// <summary>The weak ETag every page carries while this catalog is in force.</summary>
    public string ETag { get; private set; } = ContentVersion.ETag(DateTimeOffset.MinValue);

    /// <summary>True once a load has completed.</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>The resolved content folder.</summary>
    public string Root { get; } = ContentFolder.Resolve(options.Value.Root);

    /// <summary>Raised after a new catalog has been swapped in.</summary>
    public event Action<ContentCatalog>? Swapped;

    /// <summary>Loads the content folder and swaps the new catalog in. Files that now fail keep their last good version.</summary>
    public ContentCatalog Load()
    {
        lock (loading)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var result = ContentLoader.Load(Root, new ContentLoadOptions(today, environment.IsDevelopment(), IsLoaded ? current : null));
            foreach (var problem in result.Catalog.Problems)
            {
                if (problem.IsError) LogProblemError(problem);
                else LogProblemWarning(problem);
            }
            var catalog = result.Catalog;
            var elapsedMs = Math.Round(result.Elapsed.TotalMilliseconds, 1);
            LogLoaded(Root, catalog.FileCount, catalog.Guides.Count, catalog.Articles.Count, catalog.Problems.Count, elapsedMs);
            // Catalog first, version after: in between, a new page may carry the old ETag (the client
            // re-fetches it later), but an old page can never carry the new one and be kept as current.
            current = catalog;
            Version = ContentVersion.Of(catalog.LoadedAt);
            ETag = ContentVersion.ETag(catalog.LoadedAt);
            IsLoaded = true;
            Swapped?.Invoke(catalog);
            return catalog;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Content loaded from {ContentRoot}: {Files} files, {Guides} guides, {Articles} articles, {Problems} problems in {ElapsedMs} ms")]
    private partial void LogLoaded(string contentRoot, int files, int guides, int articles, int problems, double elapsedMs);

    // The problem's ToString() is the same file:line:column line that the validate command prints.
    [LoggerMessage(Level = LogLevel.Error, Message = "Content problem: {Problem}")]
    private partial void LogProblemError(ContentProblem problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content problem: {Problem}")]
    private partial void LogProblemWarning(ContentProblem problem);
}
