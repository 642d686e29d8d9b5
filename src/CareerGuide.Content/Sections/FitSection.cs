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

/// <summary>O*NET's six work values: what a kind of work offers the people who do it.</summary>
public enum WorkValue
{
    /// <summary>Using your strengths and seeing what you achieved.</summary>
    Achievement,
    /// <summary>Steady work, fair pay and a good place to do it.</summary>
    WorkingConditions,
    /// <summary>Being noticed, trusted and respected for the work.</summary>
    Recognition,
    /// <summary>Helping others and getting on with the people around you.</summary>
    Relationships,
    /// <summary>Bosses and an employer who back you up.</summary>
    Support,
    /// <summary>Making your own decisions and working on your own.</summary>
    Independence,
}

/// <summary>How far a kind of work offers one value, on O*NET's extent scale of 1 (not at all) to 7 (a great deal).</summary>
/// <param name="Value">The value.</param>
/// <param name="Extent">1 to 7.</param>
public sealed record WorkValueScore(WorkValue Value, decimal Extent)
{
    /// <summary>The lowest extent.</summary>
    public const decimal Min = 1;

    /// <summary>The highest extent.</summary>
    public const decimal Max = 7;

    /// <summary>The value's name as a student reads it: "Working conditions".</summary>
    public string Name => Value == WorkValue.WorkingConditions ? "Working conditions" : Value.ToString();

    /// <summary>Our sentence for the value, in a student's words.</summary>
    public string Statement => Value switch
    {
        WorkValue.Achievement => "You want to use what you are best at and see what you got done.",
        WorkValue.WorkingConditions => "You want a steady job with fair pay and a good place to work.",
        WorkValue.Recognition => "You want to be recognised for what you do.",
        WorkValue.Relationships => "You want to help people and get on well with the people you work with.",
        WorkValue.Support => "You want bosses who back you up and train you well.",
        _ => "You want to make your own decisions and work on your own.",
    };
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

    /// <summary>The values the work offers most (O*NET's high points), most first; empty when the guide gives none.</summary>
    public IReadOnlyList<WorkValueScore> Values { get; init; } = [];

    /// <summary>The highest-scoring areas, highest first (ties in RIASEC order).</summary>
    public IReadOnlyList<InterestArea> TopAreas => [.. Interests.OrderByDescending(i => i.Score).ThenBy(i => i.Area).Take(TopAreaCount).Select(i => i.Area)];
}
