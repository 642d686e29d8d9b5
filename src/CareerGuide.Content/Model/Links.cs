namespace CareerGuide.Content.Model;

/// <summary>
/// The site's URL scheme in one place: these URLs are promised to counselors and never change. The web
/// pages link with it, and the loader's link checks and the search index read and write URLs with it.
/// (Razor's <c>@page</c> route templates must be literals; each names the method here that builds its URL.)
/// </summary>
public static class Links
{
    /// <summary><c>/</c>, the home page.</summary>
    public const string Home = "/";

    /// <summary><c>/careers</c>, every career A to Z.</summary>
    public const string Careers = "/careers";

    /// <summary><c>/articles</c></summary>
    public const string Articles = "/articles";

    /// <summary><c>/compare</c>, with no careers chosen yet.</summary>
    public const string Compare = "/compare";

    /// <summary><c>/search</c></summary>
    public const string Search = "/search";

    /// <summary><c>/search/suggest?q=</c>: careers matching what is being typed, as JSON (the compare form's script).</summary>
    public const string Suggest = "/search/suggest";

    /// <summary><c>/groups</c>: every career group.</summary>
    public const string Groups = "/groups";

    /// <summary><c>/interests</c>: the interest self-check; its answers travel in the query string.</summary>
    public const string Interests = "/interests";

    /// <summary><c>/credits</c>: where the data comes from, with the attribution its licences require.</summary>
    public const string Credits = "/credits";

    /// <summary>The Atom feed of articles.</summary>
    public const string Feed = "/feed.xml";

    /// <summary>The sitemap.</summary>
    public const string Sitemap = "/sitemap.xml";

    /// <summary>Instructions for crawlers.</summary>
    public const string Robots = "/robots.txt";

    /// <summary>Liveness: the process answers.</summary>
    public const string Health = "/healthz";

    /// <summary>Readiness: content loaded, failed files listed.</summary>
    public const string Ready = "/readyz";

    /// <summary>The 404 page, re-executed for every unknown URL.</summary>
    public const string NotFound = "/not-found";

    /// <summary>The 500 page.</summary>
    public const string Error = "/error";

    /// <summary>The site's logo (also its icon), for structured data.</summary>
    public const string Logo = "/favicon.svg";

    /// <summary>The image link previews show: 1200 × 630, PNG, as Open Graph asks.</summary>
    public const string SiteCard = "/images/site-card.png";

    private const string CareersSegment = "careers", ArticlesSegment = "articles";

    /// <summary><c>/careers/{career}</c></summary>
    public static string Guide(string career) => $"/{CareersSegment}/{career}";

    /// <summary><c>/careers/{career}/{slug}</c></summary>
    public static string Section(string career, string slug) => $"/{CareersSegment}/{career}/{slug}";

    /// <summary><c>/groups/{group}</c></summary>
    public static string Group(string group) => $"{Groups}/{group}";

    /// <summary><c>/articles/{article}</c></summary>
    public static string Article(string article) => $"/{ArticlesSegment}/{article}";

    /// <summary><c>/compare?careers=a,b</c>: the given careers side by side.</summary>
    public static string CompareOf(IEnumerable<string> careers) => Compare + "?careers=" + string.Join(",", careers);

    /// <summary>Reads a site-relative URL back into what it points at; the query and fragment are ignored.</summary>
    public static SitePath Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segments = url.Split('#', '?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var first = segments.Length > 0 ? segments[0] : null;
        var kind = first switch
        {
            CareersSegment => SitePathKind.Career,
            ArticlesSegment => SitePathKind.Article,
            _ => SitePathKind.Other,
        };
        return new SitePath(kind, segments);
    }
}

/// <summary>What a site path points at.</summary>
public enum SitePathKind
{
    /// <summary>Under <c>/careers</c>: the list, a guide or one of its sections.</summary>
    Career,
    /// <summary>Under <c>/articles</c>: the list or one article.</summary>
    Article,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A site path read by <see cref="Links.Parse"/>.</summary>
/// <param name="Kind">Which part of the site it is in.</param>
/// <param name="Segments">Its segments, empty ones left out.</param>
public sealed record SitePath(SitePathKind Kind, IReadOnlyList<string> Segments)
{
    /// <summary>The career, article or other page named after the first segment, if any.</summary>
    public string? Slug => Segments.Count >= 2 ? Segments[1] : null;

    /// <summary>The section segment of a career path (<c>skills</c> or <c>05</c>), if any.</summary>
    public string? Section => Kind == SitePathKind.Career && Segments.Count >= 3 ? Segments[2] : null;
}
