using System.Numerics;
using System.Runtime.CompilerServices;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>
/// The /careers filters' work, done once per catalog: each option's guides as a set of bits, and each sort order
/// as a list. A request combines sets (a few hundred words at 10,000 guides) instead of reading every guide, so a
/// filtered list costs the same whatever the catalog's size.
/// </summary>
public sealed class CareerFacets
{
    /// <summary>The filter dimensions, as the query string names them.</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["industry", "route", "group", "education", "interest", "salary", "growth"];

    private static readonly ConditionalWeakTable<ContentCatalog, CareerFacets> Built = new();

    private readonly Content.Model.CareerGuide[] guides;
    private readonly Dictionary<string, Dictionary<string, ulong[]>> sets = [];
    private readonly Dictionary<string, int[]> orders = [];
    private readonly int words;

    /// <summary>Works out every guide's filter values and sort keys, once.</summary>
    public CareerFacets(IEnumerable<Content.Model.CareerGuide> guides)
    {
        this.guides = [.. guides.OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)];
        words = (this.guides.Length + 63) / 64;
        foreach (var dimension in Dimensions) sets[dimension] = new(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < this.guides.Length; i++)
        {
            GuidesRead++;
            foreach (var (dimension, value) in Values(this.guides[i]))
            {
                var byValue = sets[dimension];
                if (!byValue.TryGetValue(value, out var bits)) byValue[value] = bits = new ulong[words];
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }
        // Guides without the figure go last, A to Z (the index order is A to Z, and the sort is stable).
        int[] By(Func<Content.Model.CareerGuide, decimal?> key) =>
            [.. Enumerable.Range(0, this.guides.Length).OrderByDescending(i => key(this.guides[i]) ?? decimal.MinValue)];
        orders["name"] = [.. Enumerable.Range(0, this.guides.Length)];
        orders["salary"] = By(g => g.Section<MarketSection>()?.Salary.YearlyMedian);
        orders["growth"] = By(g => g.Section<MarketSection>()?.Growth.Percent);
        orders["openings"] = By(g => g.Section<MarketSection>()?.Openings);
    }

    /// <summary>The facets of a catalog, built when first asked for and kept as long as the catalog is.</summary>
    public static CareerFacets Of(ContentCatalog catalog) => Built.GetValue(catalog, static c => new CareerFacets(c.Guides));

    /// <summary>How many guides were read to build these facets: once each, never per request (tests count it).</summary>
    public int GuidesRead { get; private set; }

    /// <summary>How many guides there are.</summary>
    public int Count => guides.Length;

    /// <summary>The guides that pass every filter, in the filter's order.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Apply(CareerFilter filter)
    {
        var bits = Matching(filter, skip: null);
        var order = orders.GetValueOrDefault(filter.Sort) ?? orders["name"];
        var kept = new List<Content.Model.CareerGuide>();
        foreach (var i in order)
        {
            if ((bits[i >> 6] & (1UL << (i & 63))) != 0) kept.Add(guides[i]);
        }
        return kept;
    }

    /// <summary>How many guides each option of a filter would show with the other filters kept: "Legal (12)".</summary>
    public IReadOnlyDictionary<string, int> Counts(CareerFilter filter, string dimension)
    {
        var others = Matching(filter, skip: dimension);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, bits) in sets[dimension])
        {
            var n = 0;
            for (var w = 0; w < words; w++) n += BitOperations.PopCount(bits[w] & others[w]);
            if (n > 0) counts[value] = n;
        }
        return counts;
    }

    // The guides passing every filter but one dimension's (null: all of them).
    private ulong[] Matching(CareerFilter filter, string? skip)
    {
        var result = new ulong[words];
        Array.Fill(result, ulong.MaxValue);
        if (guides.Length % 64 != 0 && words > 0) result[^1] = (1UL << (guides.Length % 64)) - 1;
        foreach (var (dimension, value) in filter.Chosen())
        {
            if (dimension == skip) continue;
            if (!sets[dimension].TryGetValue(value, out var bits))
            {
                Array.Clear(result);
                break;
            }
            for (var w = 0; w < words; w++) result[w] &= bits[w];
        }
        return result;
    }

    // Each filter value a guide has: its industries, routes, group, every education level at or above its entry
    // level (the filter means "at most"), its strongest interest area, its pay and growth bands.
    private static IEnumerable<(string Dimension, string Value)> Values(Content.Model.CareerGuide g)
    {
        foreach (var industry in g.Section<SnapshotSection>()?.Industries ?? []) yield return ("industry", industry);
        foreach (var route in g.Section<EducationSection>()?.Routes ?? []) yield return ("route", route.Route);
        if (g.Section<SnapshotSection>()?.Group is { } group) yield return ("group", Slug.FromName(CareerGroup.NameOf(group)));
        if (EducationLevel.OfCategory(g.Section<EducationSection>()?.EntryEducation) is { } level)
        {
            foreach (var at in EducationLevel.All.Where(l => l.Rank >= level.Rank)) yield return ("education", at.Key);
        }
        if (g.Section<FitSection>() is { TopAreas.Count: > 0 } fit) yield return ("interest", fit.TopAreas[0].ToString().ToLowerInvariant());
        if (g.Section<MarketSection>() is { } market)
        {
            foreach (var band in CareerFilter.SalaryBands.Where(b => market.Salary.YearlyMedian >= b.Min && market.Salary.YearlyMedian < b.Max))
                yield return ("salary", band.Key);
            foreach (var band in CareerFilter.GrowthBands.Where(b => market.Growth.Percent >= b.Min && market.Growth.Percent < b.Max))
                yield return ("growth", band.Key);
        }
    }
}
