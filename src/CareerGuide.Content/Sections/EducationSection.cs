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

/// <summary>The share of an occupation's workers whose highest education is one level.</summary>
/// <param name="Level">The level, e.g. <c>Bachelor's degree</c>.</param>
/// <param name="Percent">The share, as published (e.g. to one decimal place).</param>
public sealed record AttainmentShare(string Level, decimal Percent);

/// <summary>
/// 06 Education map: either the editor's routes (shares adding up to 100), or survey figures: the highest
/// education of the people in the work (published shares, which may not add up to exactly 100 after rounding)
/// and the education typically needed to start.
/// </summary>
/// <param name="Routes">The routes, in the editor's order; empty when the section gives survey figures.</param>
public sealed record EducationSection(IReadOnlyList<EducationRoute> Routes) : GuideSection(SectionKind.Education)
{
    /// <summary>The share of workers at each education level, lowest level first; empty for an editor's routes.</summary>
    public IReadOnlyList<AttainmentShare> Attainment { get; init; } = [];

    /// <summary>The education typically needed to enter the work, e.g. <c>Bachelor's degree</c>, when given.</summary>
    public string? EntryEducation { get; init; }

    /// <summary>The route the most people take; null when the section gives survey figures instead of routes.</summary>
    public EducationRoute? MostCommon => Routes.MaxBy(r => r.SharePercent);

    /// <summary>The education level most workers have; null for an editor's routes.</summary>
    public AttainmentShare? MostCommonLevel => Attainment.MaxBy(a => a.Percent);
}
