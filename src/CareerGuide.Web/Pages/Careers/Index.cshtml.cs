using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>All careers, filtered and sorted by a GET form.</summary>
public sealed class IndexModel(ContentStore store) : SitePageModel
{
    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; private set; } = ContentCatalog.Empty;

    /// <summary>The filters in force.</summary>
    public CareerFilter Filter { get; private set; } = new(null, null, null, null, "name");

    /// <summary>How many guides one page lists, so the page stays within the page-weight budget.</summary>
    public const int PageSize = 50;

    /// <summary>The guides on this page.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Shown { get; private set; } = [];

    /// <summary>How many guides pass the filters, on all pages.</summary>
    public int Matching { get; private set; }

    /// <summary>This page's number, from 1.</summary>
    public int PageNumber { get; private set; } = 1;

    /// <summary>How many pages the matching guides fill.</summary>
    public int PageCount { get; private set; } = 1;

    /// <summary>The first page each initial letter starts on (name order only), for the A to Z jump links.</summary>
    public IReadOnlyList<(char Letter, int Page)> Letters { get; private set; } = [];

    /// <summary>
    /// The page numbers the pager links to: the first, the last, and two either side of this one, with null where
    /// numbers are skipped, so the pager stays short however many pages there are.
    /// </summary>
    public IReadOnlyList<int?> PagerPages
    {
        get
        {
            var shown = new SortedSet<int> { 1, PageCount };
            for (var n = Math.Max(1, PageNumber - 2); n <= Math.Min(PageCount, PageNumber + 2); n++) shown.Add(n);
            var pages = new List<int?>();
            foreach (var n in shown)
            {
                if (pages.Count > 0 && pages[^1] is { } before && n > before + 1) pages.Add(null);
                pages.Add(n);
            }
            return pages;
        }
    }

    // Each initial letter's first page, in one pass: the list is A to Z, so a letter starts where it first appears.
    private static List<(char Letter, int Page)> FirstPages(IReadOnlyList<Content.Model.CareerGuide> guides)
    {
        var letters = new List<(char Letter, int Page)>();
        for (var i = 0; i < guides.Count; i++)
        {
            var letter = char.ToUpperInvariant(guides[i].Title[0]);
            if (char.IsAsciiLetter(letter) && (letters.Count == 0 || letters[^1].Letter != letter) && !letters.Exists(l => l.Letter == letter))
                letters.Add((letter, i / PageSize + 1));
        }
        return letters;
    }

    /// <summary>The URL of another page of the same list (filters and sort kept).</summary>
    public string PageUrl(int number)
    {
        var query = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null) query.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        Add("group", Filter.Group);
        Add("education", Filter.Education);
        Add("interest", Filter.Interest);
        Add("industry", Filter.Industry);
        Add("route", Filter.Route);
        Add("salary", Filter.Salary);
        Add("growth", Filter.Growth);
        if (Filter.Sort != "name") Add("sort", Filter.Sort);
        if (number > 1) Add("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Links.Careers + (query.Count > 0 ? "?" + string.Join("&", query) : string.Empty);
    }

    /// <summary>Applies the query's filters and shows one page of the result.</summary>
    public IActionResult OnGet(string? industry, string? route, string? salary, string? growth, string? sort, string? group, string? education, string? interest)
    {
        // Read from the query itself: Razor Pages binds a parameter named 'page' to the page's route value.
        var page = Request.Query["page"].FirstOrDefault();
        Catalog = store.Current;
        Filter = CareerFilter.From(industry, route, salary, growth, sort, Catalog, group, education, interest);
        var all = CareerFacets.Of(Catalog).Apply(Filter);
        Matching = all.Count;
        PageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        // A page past the end, or a page number that is not one, has no content: a real 404.
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1 || number > PageCount))
            return NotFound();
        PageNumber = page is null ? 1 : int.Parse(page, System.Globalization.CultureInfo.InvariantCulture);
        Shown = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        if (Filter.Sort == "name")
            Letters = FirstPages(all);
        Meta = new PageMeta
        {
            Title = PageNumber > 1 ? $"All careers, page {PageNumber} of {PageCount}" : "All careers",
            Description = "Every career guide on CareerGuide, A to Z, with filters by industry, education route, pay and growth.",
            Path = PageNumber > 1 ? PageUrl(PageNumber) : Links.Careers,
            Breadcrumbs = [new Crumb("Careers", Links.Careers)],
        };
        return Page();
    }
}
