using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>The six interest areas of Holland's RIASEC model, as O*NET rates occupations on them.</summary>
public enum InterestArea
{
    /// <summary>Practical, hands-on work with tools, machines, plants or animals.</summary>
    Realistic,
    /// <summary>Ideas, research and solving problems.</summary>
    Investigative,
    /// <summary>Creating, designing and self-expression.</summary>
    Artistic,
    /// <summary>Helping, teaching and caring for people.</summary>
    Social,
    /// <summary>Leading, persuading and starting things.</summary>
    Enterprising,
    /// <summary>Order, data, details and procedures.</summary>
    Conventional,
}

/// <summary>An occupation's score on one interest area, on O*NET's scale of 1 (low) to 7 (high).</summary>
/// <param name="Area">The area.</param>
/// <param name="Score">1 to 7.</param>
public sealed record InterestScore(InterestArea Area, decimal Score)
{
    /// <summary>The lowest score.</summary>
    public const decimal Min = 1;

    /// <summary>The highest score.</summary>
    public const decimal Max = 7;
}

/// <summary>09 Fit: statements a student checks; meeting the threshold suggests a good fit.</summary>
/// <param name="Threshold">How many statements make a likely fit.</param>
/// <param name="Statements">The statements.</param>
public sealed record FitSection(int Threshold, IReadOnlyList<string> Statements) : GuideSection(SectionKind.Fit)
{
    /// <summary>How many areas count as the occupation's top interests.</summary>
    public const int TopAreaCount = 3;

    /// <summary>The occupation's interest profile, in RIASEC order; empty when the guide gives none.</summary>
    public IReadOnlyList<InterestScore> Interests { get; init; } = [];

    /// <summary>The highest-scoring areas, highest first (ties in RIASEC order).</summary>
    public IReadOnlyList<InterestArea> TopAreas => [.. Interests.OrderByDescending(i => i.Score).ThenBy(i => i.Area).Take(TopAreaCount).Select(i => i.Area)];
}
