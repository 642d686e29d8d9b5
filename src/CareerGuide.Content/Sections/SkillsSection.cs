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

/// <summary>05 Skills: intro prose and rated skills, in the editor's order.</summary>
/// <param name="Ratings">The rated skills.</param>
public sealed record SkillsSection(IReadOnlyList<SkillRating> Ratings) : GuideSection(SectionKind.Skills)
{
    /// <summary>What the numbers mean; a plain list of skills is on the rating scale.</summary>
    public SkillScale Scale { get; init; } = SkillScale.Rating;
}
