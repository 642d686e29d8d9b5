using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>11 High school plan: intro prose and actions a student can take now.</summary>
/// <param name="Actions">The actions.</param>
public sealed record HighSchoolSection(IReadOnlyList<string> Actions) : GuideSection(SectionKind.HighSchool);
