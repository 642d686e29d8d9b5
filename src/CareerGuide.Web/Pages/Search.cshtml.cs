using CareerGuide.Content.Model;
using CareerGuide.Content.Search;
using CareerGuide.Web.Views;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages;

/// <summary>Search across careers and articles, from the index built with the catalog.</summary>
public sealed class SearchModel(ContentStore store) : SitePageModel
{
    /// <summary>Longer queries are cut to this many characters.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The query as used.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>True when the query was cut.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The results.</summary>
    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>Results shown on one page.</summary>
    public const int PageSize = 20;

    /// <summary>This page's number, from 1.</summary>
    public int PageNumber { get; private set; } = 1;

    /// <summary>How many pages the results fill.</summary>
    public int PageCount { get; private set; } = 1;

    /// <summary>The URL of another page of the same search.</summary>
    public string PageUrl(int number) =>
        $"{Links.Search}?q={Uri.EscapeDataString(Query)}" + (number > 1 ? $"&page={number.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty);

    /// <summary>Guides to offer when nothing matched.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Suggestions { get; private set; } = [];

    /// <summary>Runs the search in <paramref name="q"/>.</summary>
    public IActionResult OnGet(string? q)
    {
        // Read from the query itself: Razor Pages binds a parameter named 'page' to the page's route value.
        var page = Request.Query["page"].FirstOrDefault();
        var query = (q ?? string.Empty).Trim();
        Truncated = query.Length > MaxQueryLength;
        Query = Truncated ? query[..MaxQueryLength] : query;
        var catalog = store.Current;
        var number = 1;
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) || number < 1))
            return NotFound();
        PageNumber = number;
        // The best results up to this page's end, then this page's share of them.
        var upTo = catalog.Search.Search(Query, PageNumber * PageSize);
        PageCount = Math.Max(1, (upTo.Total + PageSize - 1) / PageSize);
        if (PageNumber > PageCount) return NotFound();
        Results = upTo with { Results = [.. upTo.Results.Skip((PageNumber - 1) * PageSize)] };
        if (Results.Results.Count == 0) Suggestions = [.. catalog.Guides.Take(5)];
        Meta = new PageMeta
        {
            Title = Query.Length == 0 ? "Search" : $"Search: {Query}",
            Description = "Search every career guide and article on CareerGuide.",
            Path = Links.Search,
            Breadcrumbs = [new Crumb("Search", Links.Search)],
            NoIndex = true,
        };
        return Page();
    }
}
