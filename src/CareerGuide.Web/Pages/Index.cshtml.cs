using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.ContentServing;

namespace CareerGuide.Web.Pages;

/// <summary>
/// Home: a way in, not the whole catalogue. The guides our editors wrote, the careers with the most openings a
/// year, and the way to all of them A to Z. Its head is the site's own (the default <see cref="SitePageModel.Meta"/>).
/// </summary>
public sealed class IndexModel(ContentStore store) : SitePageModel
{
    /// <summary>How many careers each list on the page shows.</summary>
    public const int ListSize = 12;

    private IReadOnlyList<Content.Model.CareerGuide>? written, mostOpenings;

    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; } = store.Current;

    /// <summary>Guides written by hand (not imported from public data), A to Z.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Written => written ??=
        [.. Catalog.Guides.Where(g => g.Section<SourcesSection>()?.Imported is null).Take(ListSize)];

    /// <summary>Imported guides with the most projected openings a year, most first.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> MostOpenings => mostOpenings ??=
        [.. Catalog.Guides.Where(g => g.Section<SourcesSection>()?.Imported is not null && g.Section<MarketSection>()?.Openings is not null)
            .OrderByDescending(g => g.Section<MarketSection>()!.Openings).ThenBy(g => g.Title, StringComparer.OrdinalIgnoreCase).Take(ListSize)];
}
