using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>05 Skills: each skill rated 0 to 100.</summary>
internal sealed class SkillsRules : SectionRules<SkillsSection>
{
    private protected override SkillsSection? ReadField(SectionSource source)
    {
        if (source.List() is not { } items) return null;
        var ratings = new List<SkillRating>();
        foreach (var item in items)
        {
            var skill = item.Text("skill");
            var rating = item.Integer("rating", 0, SkillRating.MaxRating, what: "a rating");
            item.ReportUnknownKeys();
            if (skill is not null && rating is not null) ratings.Add(new SkillRating(skill, rating.Value));
        }
        return ratings.Count == items.Count ? new SkillsSection(ratings) : null;
    }

    private protected override string DataText(SkillsSection s) => string.Join(", ", s.Ratings.Select(r => r.Skill));

    private protected override IEnumerable<(string Text, SearchField Field)> WeightedText(SkillsSection s) =>
        [(string.Join(" ", s.Ratings.Select(r => r.Skill)), SearchField.Skill)];

    private protected override string Description(Model.CareerGuide guide, SkillsSection s) =>
        $"Skills for {Display.Plural(guide.Title)}, rated 0–100: " + string.Join(", ", s.Ratings.Select(r => $"{r.Skill} {r.Rating}")) + ".";
}
