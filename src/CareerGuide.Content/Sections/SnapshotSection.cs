using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>Where a job is done.</summary>
public enum WorkMode
{
    /// <summary>At the employer's site.</summary>
    OnSite,
    /// <summary>Partly on site, partly remote.</summary>
    Hybrid,
    /// <summary>Fully remote.</summary>
    Remote,
}

/// <summary>Typical weekly hours as a range, and how the work is usually done.</summary>
/// <param name="MinHoursPerWeek">The low end of a typical week.</param>
/// <param name="MaxHoursPerWeek">The high end of a typical week.</param>
/// <param name="Mode">The usual work mode.</param>
public sealed record WorkHours(int MinHoursPerWeek, int MaxHoursPerWeek, WorkMode Mode);

/// <summary>01 Snapshot: the career at a glance.</summary>
/// <param name="Summary">Two or three sentences on what the work is, in plain words (the guide's definition); empty when the guide has none yet.</param>
/// <param name="Titles">Common job titles.</param>
/// <param name="Industries">Where people in the career work; empty when the source does not say.</param>
/// <param name="Hours">Typical hours and work mode; null when the source does not say.</param>
/// <param name="TopSkills">The skills named first.</param>
public sealed record SnapshotSection(
    string Summary,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Industries,
    WorkHours? Hours,
    IReadOnlyList<string> TopSkills) : GuideSection(SectionKind.Snapshot)
{
    /// <summary>The occupation's codes in the U.S. classifications, when the guide gives them.</summary>
    public OccupationCodes? Codes { get; init; }

    /// <summary>
    /// Where the top skills come from, when the section's source names it ("BLS Employment Projections 2024-34 (top
    /// skills); …" gives its first part); null for an editor's own choice.
    /// </summary>
    public string? TopSkillsSource => FiguresSource?.Split("; ").FirstOrDefault(p => p.EndsWith("(top skills)", StringComparison.Ordinal));

    /// <summary>The occupation's career group (its SOC major group, e.g. <c>Healthcare practitioners and technical occupations</c>), when given.</summary>
    public string? Group { get; init; }

    /// <summary>Other names for the work that search finds but the page does not list (e.g. O*NET's alternate titles).</summary>
    public IReadOnlyList<string> SearchTitles { get; init; } = [];

    /// <summary>O*NET-SOC codes of related occupations, most related first: their guides lead 13 Similar careers.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}

/// <summary>An occupation's codes: the Standard Occupational Classification and O*NET's refinement of it.</summary>
/// <param name="Soc">The 6-digit SOC code, e.g. <c>29-1141</c>.</param>
/// <param name="OnetSoc">The O*NET-SOC code, e.g. <c>29-1141.00</c>, when there is one.</param>
public sealed record OccupationCodes(string Soc, string? OnetSoc);
