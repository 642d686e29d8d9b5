using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One stage on the way into and through the career.</summary>
/// <param name="Stage">What the stage is, e.g. <c>Internship</c>.</param>
/// <param name="Timing">How long or when, e.g. <c>1-2 summers</c> or <c>Yr 3-6</c>.</param>
public sealed record PathwayStage(string Stage, string Timing);

/// <summary>04 Pathway: ordered stages.</summary>
/// <param name="Stages">The stages, first to last.</param>
public sealed record PathwaySection(IReadOnlyList<PathwayStage> Stages) : GuideSection(SectionKind.Pathway);
