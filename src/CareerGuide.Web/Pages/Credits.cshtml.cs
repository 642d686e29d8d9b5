using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Pages;

/// <summary>
/// <c>/credits</c>: where the guides' figures come from, with the attribution the O*NET licence (CC BY 4.0)
/// requires, naming the releases the loaded guides actually cite.
/// </summary>
public sealed class CreditsModel(ContentStore store) : SitePageModel
{
    /// <summary>The releases cited, most-cited first.</summary>
    public IReadOnlyList<DataRelease> Releases { get; private set; } = [];

    /// <summary>How many guides there are in all.</summary>
    public int GuideCount { get; private set; }

    /// <summary>The O*NET release cited, e.g. <c>O*NET 30.1</c>, when any guide cites one.</summary>
    public string? Onet { get; private set; }

    /// <summary>Other O*NET releases the figures name, as the attribution says them ("the O*NET 29.0 Database (knowledge ratings)").</summary>
    public IReadOnlyList<string> OtherOnet { get; private set; } = [];

    /// <summary>Reads the releases from the catalog.</summary>
    public void OnGet()
    {
        var catalog = store.Current;
        Releases = catalog.DataReleases;
        GuideCount = catalog.Guides.Count;
        Onet = DataCredit.OnetVersion(catalog);
        OtherOnet = DataCredit.OtherOnetReleases(catalog);
        Meta = new PageMeta
        {
            Title = "Credits and data sources",
            Description = "Where CareerGuide's figures come from: O*NET by USDOL/ETA (CC BY 4.0) and the U.S. Bureau of Labor Statistics, with each release.",
            Path = Links.Credits,
            Breadcrumbs = [new Crumb("Credits", Links.Credits)],
        };
    }
}
