using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>09 Fit: statements a student checks; meeting the threshold suggests a good fit.</summary>
/// <param name="Threshold">How many statements make a likely fit.</param>
/// <param name="Statements">The statements.</param>
public sealed record FitSection(int Threshold, IReadOnlyList<string> Statements) : GuideSection(SectionKind.Fit);
