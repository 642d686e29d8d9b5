using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>
/// 05 Skills: each skill rated 0 to 100. Written as a list (the editor's ratings), or as <c>scale:</c> and
/// <c>ratings:</c> when the numbers mean something else (percentile ranks from BLS).
/// </summary>
internal sealed class SkillsRules : SectionRules<SkillsSection>
{
    private static readonly Dictionary<string, SkillScale> Scales = new() { ["rating"] = SkillScale.Rating, ["percentile"] = SkillScale.Percentile };

    private protected override SkillsSection? ReadField(SectionSource source)
    {
        if (!source.Yaml.IsMap(source.Key)) return Ratings(source.List());
        var map = source.Map();
        if (map is null) return null;
        var scale = map.Choice("scale", Scales);
        var ratings = Ratings(map.MapList("ratings"));
        var figuresSource = map.Text("source", required: false);
        map.ReportUnknownKeys();
        return scale is null || ratings is null ? null : ratings with { Scale = scale.Value, FiguresSource = figuresSource };
    }

    private static SkillsSection? Ratings(IReadOnlyList<YamlMap>? items)
    {
        if (items is null) return null;
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

    private protected override string Description(Model.CareerGuide guide, SkillsSection s) => s.Scale == SkillScale.Percentile
        ? $"Skills for {Display.Plural(guide.Title)}, as percentile ranks among all occupations: " + string.Join(", ", s.Ratings.Select(r => $"{r.Skill} {Display.Percentile(r.Rating)}")) + "."
        : $"Skills for {Display.Plural(guide.Title)}, rated 0–100: " + string.Join(", ", s.Ratings.Select(r => $"{r.Skill} {r.Rating}")) + ".";
}
