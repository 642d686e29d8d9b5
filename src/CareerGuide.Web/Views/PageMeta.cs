namespace CareerGuide.Web.Views;

/// <summary>One step of a breadcrumb trail.</summary>
/// <param name="Name">What the step is called.</param>
/// <param name="Path">Its site path.</param>
public sealed record Crumb(string Name, string Path);

/// <summary>
/// Everything a page's head needs, set by the page model (<see cref="Pages.SitePageModel.Meta"/>) and
/// rendered by the layout: title, description, canonical path, Open Graph type, breadcrumbs (shown and as
/// JSON-LD) and any further JSON-LD.
/// </summary>
public sealed class PageMeta
{
    /// <summary>The page's own title, without the site name; null for the home page.</summary>
    public string? Title { get; init; }

    /// <summary>A sentence or two drawn from the page's own content.</summary>
    public string Description { get; init; } = "Career guides for students: what the work is really like, what it pays, and how to get there.";

    /// <summary>The canonical site path of the page.</summary>
    public string Path { get; init; } = "/";

    /// <summary>The Open Graph type: <c>website</c> or <c>article</c>.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>The trail from the home page to this page (the home page itself is implied).</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>JSON-LD documents for this page, already serialized safely for a script element.</summary>
    public IReadOnlyList<string> JsonLd { get; init; } = [];

    /// <summary>True to ask search engines not to index the page (search results, 404s).</summary>
    public bool NoIndex { get; init; }

    /// <summary>
    /// True when the page has section permalinks that site.js turns into "Copy link" buttons (guide and
    /// section pages). Other pages load no script at all: site.js would find nothing to do on them.
    /// </summary>
    public bool CopyLinks { get; init; }
}
