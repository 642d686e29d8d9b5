using System.Collections.Frozen;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Model;

/// <summary>
/// Everything loaded from one content folder at one moment. Immutable: a reload builds a new
/// catalog and swaps it in whole, so a request never sees half of one.
/// </summary>
public sealed class ContentCatalog
{
    private readonly FrozenDictionary<string, CareerGuide> guidesBySlug;
    private readonly FrozenDictionary<string, Article> articlesBySlug;
    private readonly FrozenDictionary<string, CareerGuide> aliases;
    private readonly Lazy<IReadOnlyList<string>> industries;
    private readonly Lazy<IReadOnlyList<string>> educationRoutes;
    private readonly Lazy<IReadOnlyList<DataRelease>> dataReleases;
    private readonly Lazy<IReadOnlyList<CareerGroup>> groups;
    private readonly Lazy<global::CareerGuide.Content.Search.SearchIndex> search;
    private readonly Lazy<global::CareerGuide.Content.Search.SlugIndex> guideSlugs;
    private readonly Lazy<FrozenDictionary<string, CareerGuide>> guidesByTitle;

    /// <summary>Builds a catalog; guides are kept A to Z, articles newest first.</summary>
    public ContentCatalog(IEnumerable<CareerGuide> guides, IEnumerable<Article> articles,
        IEnumerable<ContentProblem> problems, int fileCount, DateTimeOffset loadedAt)
        : this(guides, articles, problems, fileCount, loadedAt, previous: null)
    {
    }

    /// <summary>
    /// Builds a catalog that replaces <paramref name="previous"/>: its search index reads only the guide sections
    /// that are not the same objects as in the previous catalog's (what a reload after an edit re-parsed). The
    /// index is built when first asked for or when <see cref="PrepareSearch"/> starts it, not here.
    /// </summary>
    public ContentCatalog(IEnumerable<CareerGuide> guides, IEnumerable<Article> articles,
        IEnumerable<ContentProblem> problems, int fileCount, DateTimeOffset loadedAt, ContentCatalog? previous)
    {
        Guides = [.. guides.OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)];
        Articles = [.. articles.OrderByDescending(a => a.Published).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)];
        Problems = [.. problems];
        FileCount = fileCount;
        LoadedAt = loadedAt;
        // Built once, by the first thread that asks; others wait for it. The factory (and with it the previous
        // catalog) is let go once the index is built.
        search = new(() => global::CareerGuide.Content.Search.SearchIndex.Build(Guides, Articles, previous?.Search), LazyThreadSafetyMode.ExecutionAndPublication);
        guidesBySlug = Guides.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        articlesBySlug = Articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        // Collisions were reported by the loader; if any slipped through, the first guide keeps the alias.
        aliases = Guides.SelectMany(g => g.Aliases.Select(a => (Alias: a, Guide: g)))
            .Where(x => !guidesBySlug.ContainsKey(x.Alias))
            .DistinctBy(x => x.Alias)
            .ToFrozenDictionary(x => x.Alias, x => x.Guide, StringComparer.Ordinal);
        industries = new(() => DistinctNames(Guides.SelectMany(g => g.Section<SnapshotSection>()?.Industries ?? [])));
        educationRoutes = new(() => DistinctNames(Guides.SelectMany(g => g.Section<EducationSection>()?.Routes.Select(r => r.Route) ?? [])));
        groups = new(() => CareerGroup.Of(Guides));
        guideSlugs = new(() => new(Guides.Select(g => g.Slug)));
        guidesByTitle = new(() => Guides.DistinctBy(g => g.Title, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Title, StringComparer.OrdinalIgnoreCase));
        dataReleases = new(() => [.. Guides
            .Select(g => g.Section<SourcesSection>())
            .Where(s => s?.Imported is not null)
            .SelectMany(s => s!.Items.Where(i => i.Release is not null))
            .GroupBy(i => (i.Publisher, Release: i.Release!, i.Licence))
            .Select(g => new DataRelease(g.Key.Publisher, g.Key.Release, g.Key.Licence, g.Count()))
            .OrderByDescending(r => r.GuideCount).ThenBy(r => r.Release, StringComparer.Ordinal)]);
    }

    /// <summary>The career groups, A to Z, each with its guides.</summary>
    public IReadOnlyList<CareerGroup> Groups => groups.Value;

    /// <summary>The group with a slug, or null.</summary>
    public CareerGroup? FindGroup(string slug) => Groups.FirstOrDefault(g => g.Slug == slug);

    /// <summary>The data releases imported guides cite, with how many guides cite each: what the credits page and footer name.</summary>
    public IReadOnlyList<DataRelease> DataReleases => dataReleases.Value;

    /// <summary>An empty catalog, before anything is loaded.</summary>
    public static ContentCatalog Empty { get; } = new([], [], [], 0, DateTimeOffset.MinValue);

    /// <summary>All guides that loaded, A to Z by title.</summary>
    public IReadOnlyList<CareerGuide> Guides { get; }

    /// <summary>All articles that loaded, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every problem found while loading, errors and warnings.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    /// <summary>How many content files were read.</summary>
    public int FileCount { get; }

    /// <summary>When the catalog was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Files that could not be served because of an error.</summary>
    public IReadOnlyList<string> FailedFiles => [.. Problems.Where(p => p.IsError).Select(p => p.File).Distinct()];

    /// <summary>The full-text index of this catalog's guides and articles; the first use waits until it is built.</summary>
    public global::CareerGuide.Content.Search.SearchIndex Search => search.Value;

    /// <summary>The guides' slugs, indexed for the closest to a mistyped one; built once per catalog, when first asked for.</summary>
    public global::CareerGuide.Content.Search.SlugIndex GuideSlugs => guideSlugs.Value;

    /// <summary>Whether the search index has been built yet (for tests).</summary>
    internal bool SearchBuilt => search.IsValueCreated;

    /// <summary>
    /// Starts building the search index on the thread pool, so pages that do not search are served without
    /// waiting for it and a search after the load finds it built, or waits only for the rest of it.
    /// </summary>
    public void PrepareSearch() => ThreadPool.QueueUserWorkItem(static catalog => _ = catalog.Search, this, preferLocal: false);

    /// <summary>Files that have errors now but are still served at their last good version.</summary>
    public IReadOnlyList<string> KeptFiles { get; init; } = [];

    /// <summary>Every industry some guide names, once each (ignoring case), A to Z; worked out once per catalog.</summary>
    public IReadOnlyList<string> Industries => industries.Value;

    /// <summary>Every education route some guide names, once each (ignoring case), A to Z; worked out once per catalog.</summary>
    public IReadOnlyList<string> EducationRoutes => educationRoutes.Value;

    /// <summary>A guide by slug, or null.</summary>
    public CareerGuide? FindGuide(string slug) => guidesBySlug.GetValueOrDefault(slug);

    /// <summary>A guide by its title in any case ("registered nurse"), or null; the first A to Z if two share one.</summary>
    public CareerGuide? FindByTitle(string title) => guidesByTitle.Value.GetValueOrDefault(title);

    /// <summary>The guide that lists <paramref name="slug"/> among its old slugs, or null.</summary>
    public CareerGuide? FindByAlias(string slug) => aliases.GetValueOrDefault(slug);

    /// <summary>An article by slug, or null.</summary>
    public Article? FindArticle(string slug) => articlesBySlug.GetValueOrDefault(slug);

    private static IReadOnlyList<string> DistinctNames(IEnumerable<string> names) =>
        [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>A data release that imported guides take figures from.</summary>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Release">The release as the guides name it, e.g. <c>O*NET 30.1 Database, December 2025</c>.</param>
/// <param name="Licence">Its licence, when the guides give one.</param>
/// <param name="GuideCount">How many guides cite it.</param>
public sealed record DataRelease(string Publisher, string Release, string? Licence, int GuideCount);
