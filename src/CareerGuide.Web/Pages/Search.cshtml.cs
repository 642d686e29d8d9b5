using CareerGuide.Content.Model;
using CareerGuide.Content.Search;
using CareerGuide.Web.Views;
using CareerGuide.Web.ContentServing;
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

    /// <summary>Guides to offer when nothing matched.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Suggestions { get; private set; } = [];

    /// <summary>Runs the search in <paramref name="q"/>.</summary>
    public void OnGet(string? q)
    {
        var query = (q ?? string.Empty).Trim();
        Truncated = query.Length > MaxQueryLength;
        Query = Truncated ? query[..MaxQueryLength] : query;
        var catalog = store.Current;
        Results = catalog.Search.Search(Query);
        if (Results.Results.Count == 0) Suggestions = [.. catalog.Guides.Take(5)];
        Meta = new PageMeta
        {
            Title = Query.Length == 0 ? "Search" : $"Search: {Query}",
            Description = "Search every career guide and article on CareerGuide.",
            Path = Links.Search,
            Breadcrumbs = [new Crumb("Search", Links.Search)],
            NoIndex = true,
        };
    }
}
