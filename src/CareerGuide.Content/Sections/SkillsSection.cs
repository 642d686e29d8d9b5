using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>A skill and how much it is used, on a scale of 0 to 100.</summary>
/// <param name="Skill">The skill's name.</param>
/// <param name="Rating">0 to 100.</param>
public sealed record SkillRating(string Skill, int Rating)
{
    /// <summary>The highest rating.</summary>
    public const int MaxRating = 100;
}

/// <summary>What a skill's number from 0 to 100 means. Two scales are never shown side by side as if they were one.</summary>
public enum SkillScale
{
    /// <summary>How much the skill is used day to day, 0 to 100, as the guide's editor rates it.</summary>
    Rating,
    /// <summary>The occupation's percentile rank among all occupations on the skill (BLS Employment Projections, Table 6.5).</summary>
    Percentile,
}

/// <summary>How important a knowledge area is to the work, as O*NET rates it.</summary>
/// <param name="Area">The area, as O*NET names it (e.g. <c>Customer and Personal Service</c>).</param>
/// <param name="Importance">1 (not important) to 5 (extremely important).</param>
public sealed record KnowledgeArea(string Area, decimal Importance)
{
    /// <summary>The lowest importance.</summary>
    public const decimal Min = 1;

    /// <summary>The highest importance.</summary>
    public const decimal Max = 5;
}

/// <summary>The knowledge areas the work uses most, highest first, and where the ratings come from.</summary>
/// <param name="Areas">The areas.</param>
/// <param name="Source">The release, e.g. <c>O*NET 29.0 (Knowledge, importance)</c>.</param>
public sealed record KnowledgeList(IReadOnlyList<KnowledgeArea> Areas, string Source);

/// <summary>A technology workers use, under O*NET's name for its kind.</summary>
/// <param name="Name">The example, e.g. <c>Epic Systems</c>.</param>
/// <param name="Group">The kind, O*NET's commodity title, e.g. <c>Medical software</c>.</param>
/// <param name="Hot">A hot technology: one employers name often in job postings.</param>
/// <param name="InDemand">In demand: among those named most often in job postings for this work.</param>
public sealed record TechnologyExample(string Name, string Group, bool Hot, bool InDemand);

/// <summary>Examples of the technology the work uses, in the order shown, and how many there are in all.</summary>
/// <param name="Examples">The examples shown; those of one kind are next to each other.</param>
/// <param name="Count">How many examples the source lists in all (at least as many as are shown).</param>
/// <param name="Source">The release, e.g. <c>O*NET 30.1 (Technology Skills)</c>.</param>
public sealed record TechnologyList(IReadOnlyList<TechnologyExample> Examples, int Count, string Source)
{
    /// <summary>The examples under their kinds, in the order the kinds first appear.</summary>
    public IEnumerable<IGrouping<string, TechnologyExample>> Groups => Examples.GroupBy(e => e.Group, StringComparer.Ordinal);

    /// <summary>How many examples are not shown.</summary>
    public int NotShown => Count - Examples.Count;
}

/// <summary>05 Skills: intro prose and rated skills in the editor's order; for imported guides, the knowledge and technology the work uses.</summary>
/// <param name="Ratings">The rated skills (none when a guide has only knowledge or technology).</param>
public sealed record SkillsSection(IReadOnlyList<SkillRating> Ratings) : GuideSection(SectionKind.Skills)
{
    /// <summary>What the numbers mean; a plain list of skills is on the rating scale.</summary>
    public SkillScale Scale { get; init; } = SkillScale.Rating;

    /// <summary>The knowledge areas the work uses most, when the guide has them.</summary>
    public KnowledgeList? Knowledge { get; init; }

    /// <summary>The technology the work uses, when the guide has it.</summary>
    public TechnologyList? Technology { get; init; }
}
