using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>How expensive an education route is, shown as $ to $$$.</summary>
public enum CostTier
{
    /// <summary>$</summary>
    Low = 1,
    /// <summary>$$</summary>
    Medium = 2,
    /// <summary>$$$</summary>
    High = 3,
}

/// <summary>One route into the career.</summary>
/// <param name="Route">What the route is.</param>
/// <param name="SharePercent">The share of people who take it, 0 to 100.</param>
/// <param name="Duration">How long it takes, as written (e.g. <c>1-2 yrs</c>, <c>Flexible</c>).</param>
/// <param name="Cost">The cost tier.</param>
public sealed record EducationRoute(string Route, int SharePercent, string Duration, CostTier Cost);

/// <summary>06 Education map: routes whose shares add up to 100.</summary>
/// <param name="Routes">The routes, in the editor's order.</param>
public sealed record EducationSection(IReadOnlyList<EducationRoute> Routes) : GuideSection(SectionKind.Education)
{
    // '!': the reader never makes an Education section without routes (their shares must add up to 100%).
    /// <summary>The route the most people take.</summary>
    public EducationRoute MostCommon => Routes.MaxBy(r => r.SharePercent)!;
}
