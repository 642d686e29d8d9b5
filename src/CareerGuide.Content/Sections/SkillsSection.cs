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

/// <summary>05 Skills: intro prose and rated skills, in the editor's order.</summary>
/// <param name="Ratings">The rated skills.</param>
public sealed record SkillsSection(IReadOnlyList<SkillRating> Ratings) : GuideSection(SectionKind.Skills);
