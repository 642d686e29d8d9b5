using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>
/// The /careers filters and sort order, read from the query string (so they work as a plain GET form
/// and the result has its own URL). Unknown values are ignored rather than rejected.
/// </summary>
/// <param name="Industry">Keep guides listing this industry.</param>
/// <param name="Route">Keep guides offering this education route.</param>
/// <param name="Salary">Keep guides whose yearly median (hourly pay × 2,080 hours) falls in this band.</param>
/// <param name="Growth">Keep guides whose projected growth falls in this band.</param>
/// <param name="Sort"><c>name</c>, <c>salary</c> or <c>growth</c>.</param>
public sealed record CareerFilter(string? Industry, string? Route, string? Salary, string? Growth, string Sort)
{
    /// <summary>Yearly median bands, in the guide's own currency; hourly pay counts as 2,080 hours a year, as BLS reckons it.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, decimal Min, decimal Max)> SalaryBands =
    [
        ("under-50k", "Under 50k a year", 0, 50_000),
        ("50k-100k", "50k to 100k a year", 50_000, 100_000),
        ("100k-150k", "100k to 150k a year", 100_000, 150_000),
        ("150k-plus", "150k a year or more", 150_000, decimal.MaxValue),
    ];

    /// <summary>Projected growth bands.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, decimal Min, decimal Max)> GrowthBands =
    [
        ("declining", "Declining (below 0%)", decimal.MinValue, 0),
        ("slow", "Slow (0% to 5%)", 0, 5),
        ("steady", "Steady (5% to 15%)", 5, 15),
        ("fast", "Fast (15% or more)", 15, decimal.MaxValue),
    ];

    /// <summary>The sort orders offered.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
        [("name", "Name, A to Z"), ("salary", "Median pay, highest first"), ("growth", "Growth, fastest first"), ("openings", "Openings a year, most first")];

    /// <summary>Keep guides in this career group (its slug).</summary>
    public string? Group { get; init; }

    /// <summary>Keep guides whose typical entry education is at most this level (its key).</summary>
    public string? Education { get; init; }

    /// <summary>Keep guides whose strongest interest area is this one (lower case, e.g. <c>social</c>).</summary>
    public string? Interest { get; init; }

    /// <summary>True when any filter is set.</summary>
    public bool IsFiltering => Industry is not null || Route is not null || Salary is not null || Growth is not null
        || Group is not null || Education is not null || Interest is not null;

    /// <summary>How many guides each value of a filter would show with the other filters kept: "Legal (12)".</summary>
    public IReadOnlyDictionary<string, int> Counts(string dimension, IEnumerable<Content.Model.CareerGuide> guides, Func<Content.Model.CareerGuide, IEnumerable<string>> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var guide in guides.Where(g => Matches(g, dimension)))
        {
            foreach (var value in values(guide).Distinct(StringComparer.OrdinalIgnoreCase)) counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        return counts;
    }

    // Each guide's filter values, worked out once per guide (guides are immutable; a reload makes new ones):
    // the page counts every option of every filter over every guide on each uncached request.
    private sealed record Keys(string[] Salary, string[] Growth, string[] Group, string[] Education, string[] Interest);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Content.Model.CareerGuide, Keys> KeysOf = new();

    private static Keys For(Content.Model.CareerGuide g) => KeysOf.GetValue(g, static g =>
    {
        var market = g.Section<MarketSection>();
        var group = g.Section<SnapshotSection>()?.Group;
        var level = EducationLevel.OfCategory(g.Section<EducationSection>()?.EntryEducation);
        var fit = g.Section<FitSection>();
        return new Keys(
            market is null ? [] : [.. SalaryBands.Where(b => market.Salary.YearlyMedian >= b.Min && market.Salary.YearlyMedian < b.Max).Select(b => b.Key)],
            market is null ? [] : [.. GrowthBands.Where(b => market.Growth.Percent >= b.Min && market.Growth.Percent < b.Max).Select(b => b.Key)],
            group is null ? [] : [Slug.FromName(CareerGroup.NameOf(group))],
            level is null ? [] : [.. EducationLevel.All.Where(l => l.Rank >= level.Rank).Select(l => l.Key)],
            fit is { TopAreas.Count: > 0 } ? [fit.TopAreas[0].ToString().ToLowerInvariant()] : []);
    });

    /// <summary>The pay band a guide is in, for counting.</summary>
    public static IEnumerable<string> SalaryKeys(Content.Model.CareerGuide g) => For(g).Salary;

    /// <summary>The growth band a guide is in, for counting.</summary>
    public static IEnumerable<string> GrowthKeys(Content.Model.CareerGuide g) => For(g).Growth;

    /// <summary>The group a guide is in, for counting.</summary>
    public static IEnumerable<string> GroupKeys(Content.Model.CareerGuide g) => For(g).Group;

    /// <summary>Every education level a guide's entry education is at or below, for counting "at most".</summary>
    public static IEnumerable<string> EducationKeys(Content.Model.CareerGuide g) => For(g).Education;

    /// <summary>A guide's strongest interest area, for counting.</summary>
    public static IEnumerable<string> InterestKeys(Content.Model.CareerGuide g) => For(g).Interest;

    private bool Matches(Content.Model.CareerGuide g, string? skip = null)
    {
        var market = g.Section<MarketSection>();
        bool Keep(string dimension, string? value, Func<IEnumerable<string>> keys) =>
            dimension == skip || value is null || keys().Contains(value, StringComparer.OrdinalIgnoreCase);
        return Keep("industry", Industry, () => g.Section<SnapshotSection>()?.Industries ?? [])
            && Keep("route", Route, () => g.Section<EducationSection>()?.Routes.Select(r => r.Route) ?? [])
            && Keep("group", Group, () => GroupKeys(g))
            && Keep("education", Education, () => EducationKeys(g))
            && Keep("interest", Interest, () => InterestKeys(g))
            && Keep("salary", Salary, () => SalaryKeys(g))
            && Keep("growth", Growth, () => GrowthKeys(g));
    }

    /// <summary>Reads the query values, dropping any that are not offered.</summary>
    public static CareerFilter From(string? industry, string? route, string? salary, string? growth, string? sort, ContentCatalog catalog,
        string? group = null, string? education = null, string? interest = null) => new(
        catalog.Industries.FirstOrDefault(i => string.Equals(i, industry, StringComparison.OrdinalIgnoreCase)),
        catalog.EducationRoutes.FirstOrDefault(r => string.Equals(r, route, StringComparison.OrdinalIgnoreCase)),
        SalaryBands.Any(b => b.Key == salary) ? salary : null,
        GrowthBands.Any(b => b.Key == growth) ? growth : null,
        sort is not null && Sorts.Any(s => s.Key == sort) ? sort : "name")
    {
        Group = catalog.Groups.FirstOrDefault(g => g.Slug == group)?.Slug,
        Education = EducationLevel.OfKey(education)?.Key,
        Interest = Enum.GetValues<InterestArea>().Select(a => a.ToString().ToLowerInvariant()).FirstOrDefault(a => a == interest),
    };

    /// <summary>The guides that pass every filter, in the chosen order.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Apply(IEnumerable<Content.Model.CareerGuide> guides)
    {
        var kept = guides.Where(g => Matches(g));
        return Sort switch
        {
            // Guides without the figure go last, A to Z.
            "salary" => [.. kept.OrderByDescending(g => g.Section<MarketSection>()?.Salary.YearlyMedian ?? decimal.MinValue).ThenBy(g => g.Title, StringComparer.OrdinalIgnoreCase)],
            "growth" => [.. kept.OrderByDescending(g => g.Section<MarketSection>()?.Growth.Percent ?? decimal.MinValue).ThenBy(g => g.Title, StringComparer.OrdinalIgnoreCase)],
            "openings" => [.. kept.OrderByDescending(g => g.Section<MarketSection>()?.Openings ?? -1).ThenBy(g => g.Title, StringComparer.OrdinalIgnoreCase)],
            _ => [.. kept.OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)],
        };
    }
}
