using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>A section that is prose alone: Why it matters, Outlook and College strategy.</summary>
/// <param name="Kind">One of the prose kinds.</param>
public sealed record ProseSection(SectionKind Kind) : GuideSection(Kind);
