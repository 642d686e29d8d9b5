namespace CareerGuide.Web.Caching;

/// <summary>Caching of rendered pages. Bound from the <c>Caching</c> section.</summary>
public sealed class CachingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Caching";

    /// <summary>Keep rendered pages in memory until the content changes. Off only to measure rendering.</summary>
    public bool Output { get; set; } = true;

    /// <summary>
    /// The most memory, in megabytes (MiB), the output cache may hold in rendered pages (each encoding of a page
    /// is its own entry). When it is full, new pages are served without being kept and the cache compacts; a
    /// crawler visiting every URL cannot make it grow past this. Default 100, ASP.NET Core's own default.
    /// </summary>
    public int OutputCacheMegabytes { get; set; } = 100;

    /// <summary>How long browsers may reuse a page without asking (seconds).</summary>
    public int BrowserSeconds { get; set; } = 60;

    /// <summary>How long a shared cache (a CDN) may reuse a page without asking (seconds).</summary>
    public int SharedSeconds { get; set; } = 300;
}
