using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>All careers, filtered and sorted by a GET form.</summary>
public sealed class IndexModel(ContentStore store) : SitePageModel
{
    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; private set; } = ContentCatalog.Empty;

    /// <summary>The filters in force.</summary>
    public CareerFilter Filter { get; private set; } = new(null, null, null, null, "name");

    /// <summary>The guides shown.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Shown { get; private set; } = [];

    /// <summary>Applies the query's filters.</summary>
    public void OnGet(string? industry, string? route, string? salary, string? growth, string? sort)
    {
        Meta = new PageMeta
        {
            Title = "All careers",
            Description = "Every career guide on CareerGuide, A to Z, with filters by industry, education route, pay and growth.",
            Path = Links.Careers,
            Breadcrumbs = [new Crumb("Careers", Links.Careers)],
        };
        Catalog = store.Current;
        Filter = CareerFilter.From(industry, route, salary, growth, sort, Catalog);
        Shown = Filter.Apply(Catalog.Guides);
    }
}
