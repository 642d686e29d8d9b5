using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerGuide.Web.Pages;

/// <summary>Two to four careers side by side: <c>/compare?careers=a,b[,c]</c>.</summary>
public sealed class CompareModel(ContentStore store) : SitePageModel
{
    // null! until OnGet sets it: the page renders only after OnGet has, and never reads it on a 404 or redirect.
    /// <summary>The comparison, with messages for anything unusable in the request.</summary>
    public Comparison Comparison { get; private set; } = null!;

    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; private set; } = ContentCatalog.Empty;

    /// <summary>The compared careers' names: "A vs B".</summary>
    public string Names { get; private set; } = string.Empty;

    /// <summary>Every guide, for the chooser's list (none when there are more than <see cref="Comparison.MaxListed"/>).</summary>
    public IReadOnlyList<Content.Model.CareerGuide> All { get; private set; } = [];

    /// <summary>Builds the comparison from the <c>careers</c> parameters.</summary>
    public void OnGet()
    {
        var catalog = Catalog = store.Current;
        All = catalog.Guides.Count <= Comparison.MaxListed ? catalog.Guides : [];
        // Read from the raw query string: the output cache sorts Request.Query's repeated values in place when it
        // makes its key, and the fields' order is the columns' order.
        var careers = QueryHelpers.ParseQuery(Request.QueryString.Value).GetValueOrDefault("careers");
        Comparison = Comparison.From(careers, catalog);
        var chosen = Comparison.Guides.Count >= 2;
        Names = string.Join(" vs ", Comparison.Guides.Select(g => g.Title));
        Meta = new PageMeta
        {
            Title = chosen ? $"Compare {Names}" : "Compare careers",
            Description = chosen ? $"{Names}: pay, growth, education routes and skill ratings side by side." : "Put two to four careers side by side: pay, growth, education routes and skills.",
            Path = chosen ? Links.CompareOf(Comparison.Guides.Select(g => g.Slug)) : Links.Compare,
            Breadcrumbs = [new Crumb("Compare", Links.Compare)],
        };
    }
}
