using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One stage on the way into and through the career.</summary>
/// <param name="Stage">What the stage is, e.g. <c>Internship</c>.</param>
/// <param name="Timing">How long or when, e.g. <c>1-2 summers</c> or <c>Yr 3-6</c>.</param>
public sealed record PathwayStage(string Stage, string Timing);

/// <summary>What it typically takes to enter an occupation, in the categories of BLS and O*NET.</summary>
/// <param name="EntryEducation">Typical education needed for entry, e.g. <c>Bachelor's degree</c>.</param>
/// <param name="Experience">Work experience in a related occupation, e.g. <c>None</c> or <c>Less than 5 years</c>.</param>
/// <param name="Training">Typical on-the-job training once hired, e.g. <c>Apprenticeship</c> or <c>None</c>.</param>
/// <param name="JobZone">O*NET Job Zone, 1 (little preparation) to 5 (extensive); null when not rated.</param>
public sealed record EntryRequirements(string EntryEducation, string Experience, string Training, int? JobZone)
{
    /// <summary>The highest Job Zone.</summary>
    public const int MaxJobZone = 5;
}

/// <summary>04 Pathway: ordered stages.</summary>
/// <param name="Stages">The stages, first to last.</param>
public sealed record PathwaySection(IReadOnlyList<PathwayStage> Stages) : GuideSection(SectionKind.Pathway)
{
    /// <summary>The typical requirements the stages were composed from, when the guide gives them instead of stages.</summary>
    public EntryRequirements? Requirements { get; init; }
}
