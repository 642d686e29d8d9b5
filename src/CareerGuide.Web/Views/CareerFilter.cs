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

    /// <summary>The filters set, as (dimension, value) pairs: what <see cref="CareerFacets"/> combines.</summary>
    public IEnumerable<(string Dimension, string Value)> Chosen()
    {
        if (Industry is not null) yield return ("industry", Industry);
        if (Route is not null) yield return ("route", Route);
        if (Group is not null) yield return ("group", Group);
        if (Education is not null) yield return ("education", Education);
        if (Interest is not null) yield return ("interest", Interest);
        if (Salary is not null) yield return ("salary", Salary);
        if (Growth is not null) yield return ("growth", Growth);
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
}
