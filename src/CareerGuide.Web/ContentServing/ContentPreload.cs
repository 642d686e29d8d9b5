namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Starts the first content load as soon as the configuration is known, on the thread pool, so that reading the
/// parse cache and the files runs while the rest of the app (logging, services, middleware, the server) is put
/// together, instead of after it. <see cref="ContentStore"/> takes the result only when it was for the same content
/// folder, parse cache, environment and day as its own first load; otherwise it loads as usual.
/// </summary>
public sealed class ContentPreload
{
    private readonly Task<FirstLoadResult?> load;

    private ContentPreload(string root, IReadOnlyList<string> cacheFiles, DateOnly today, bool development, Task<FirstLoadResult?> load)
    {
        Root = root;
        CacheFiles = cacheFiles;
        Today = today;
        Development = development;
        this.load = load;
    }

    internal string Root { get; }

    internal IReadOnlyList<string> CacheFiles { get; }

    internal DateOnly Today { get; }

    internal bool Development { get; }

    /// <summary>Starts loading the folder that <paramref name="configuration"/> names, with the settings the store will use.</summary>
    public static ContentPreload Start(IConfiguration configuration, IWebHostEnvironment environment, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(clock);
        var section = configuration.GetSection(ContentOptions.Section);
        var root = ContentFolder.Resolve(section[nameof(ContentOptions.Root)] is { Length: > 0 } r ? r : new ContentOptions().Root);
        var cacheOn = section.GetValue(nameof(ContentOptions.ParseCache), true);
        var cacheFiles = ContentStore.CacheFilesToRead(cacheOn ? ContentStore.CacheFileFor(section[nameof(ContentOptions.ParseCacheFile)], root) : null,
            cacheOn ? section[nameof(ContentOptions.ParseCacheSeed)] : null);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var development = environment.IsDevelopment();
        var load = Task.Run(() =>
        {
            try
            {
                return ContentStore.FirstLoad(root, cacheFiles, today, development, path => ContentStore.SiteFileExists(environment, path));
            }
#pragma warning disable CA1031 // A preload that fails costs nothing: the store loads again and reports what goes wrong.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
        });
        return new ContentPreload(root, cacheFiles, today, development, load);
    }

    /// <summary>The preloaded result, waited for, when it was for these settings; null otherwise (then the store loads itself).</summary>
    internal FirstLoadResult? Take(string root, IReadOnlyList<string> cacheFiles, DateOnly today, bool development) =>
        root == Root && cacheFiles.SequenceEqual(CacheFiles) && today == Today && development == Development ? load.GetAwaiter().GetResult() : null;
}
