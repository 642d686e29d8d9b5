using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>
/// 05 Skills: each skill rated 0 to 100. Written as a list (the editor's ratings), or as a map: <c>scale:</c> and
/// <c>ratings:</c> when the numbers mean something else (percentile ranks from BLS), and the import's
/// <c>knowledge:</c> (O*NET importance, 1 to 5) and <c>technology:</c> (O*NET examples), each with its source.
/// </summary>
internal sealed class SkillsRules : SectionRules<SkillsSection>
{
    private static readonly Dictionary<string, SkillScale> Scales = new() { ["rating"] = SkillScale.Rating, ["percentile"] = SkillScale.Percentile };

    private protected override SkillsSection? ReadField(SectionSource source)
    {
        if (!source.Yaml.IsMap(source.Key)) return Ratings(source.List());
        var map = source.Map();
        if (map is null) return null;
        var hasRatings = map.Has("ratings") || map.Has("scale") || !(map.Has("knowledge") || map.Has("technology"));
        var scale = hasRatings ? map.Choice("scale", Scales) : SkillScale.Rating;
        var ratings = hasRatings ? Ratings(map.MapList("ratings")) : new SkillsSection([]);
        var figuresSource = map.Text("source", required: false);
        var knowledge = map.Map("knowledge", required: false) is { } k ? Knowledge(k) : null;
        var technology = map.Map("technology", required: false) is { } t ? Technology(t) : null;
        map.ReportUnknownKeys();
        if (scale is null || ratings is null) return null;
        if (map.Has("knowledge") && knowledge is null || map.Has("technology") && technology is null) return null;
        return ratings with { Scale = scale.Value, FiguresSource = figuresSource, Knowledge = knowledge, Technology = technology };
    }

    private static KnowledgeList? Knowledge(YamlMap map)
    {
        var items = map.MapList("areas");
        var source = map.Text("source");
        map.ReportUnknownKeys();
        var areas = new List<KnowledgeArea>();
        foreach (var item in items ?? [])
        {
            var area = item.Text("area");
            var importance = item.Number("importance", KnowledgeArea.Min, KnowledgeArea.Max, what: "an O*NET importance rating");
            item.ReportUnknownKeys();
            if (area is not null && importance is not null) areas.Add(new KnowledgeArea(area, importance.Value));
        }
        return items is null || source is null || areas.Count != items.Count ? null : new KnowledgeList(areas, source);
    }

    private static TechnologyList? Technology(YamlMap map)
    {
        var items = map.MapList("examples");
        var count = map.Integer("count", 0, 100_000, required: false, what: "how many examples the source lists");
        var source = map.Text("source");
        map.ReportUnknownKeys();
        var examples = new List<TechnologyExample>();
        foreach (var item in items ?? [])
        {
            var name = item.Text("name");
            var group = item.Text("group");
            var hot = item.Flag("hot");
            var inDemand = item.Flag("in_demand");
            item.ReportUnknownKeys();
            if (name is not null && group is not null) examples.Add(new TechnologyExample(name, group, hot, inDemand));
        }
        if (items is null || source is null || examples.Count != items.Count) return null;
        if (count is { } c && c < examples.Count)
        {
            map.Error($"{map.FieldPath("count")}: {c} is fewer than the {examples.Count} examples listed; give how many the source lists in all");
            return null;
        }
        return new TechnologyList(examples, count ?? examples.Count, source);
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

    private protected override string DataText(SkillsSection s) => Sentences([
        string.Join(", ", s.Ratings.Select(r => r.Skill)),
        s.Knowledge is { } k ? "Knowledge: " + string.Join(", ", k.Areas.Select(a => a.Area)) : string.Empty,
        s.Technology is { } t ? "Technology: " + string.Join(", ", t.Examples.Select(e => e.Name)) : string.Empty]);

    private protected override IEnumerable<(string Text, SearchField Field)> WeightedText(SkillsSection s) =>
        [(string.Join(" ", s.Ratings.Select(r => r.Skill).Concat(s.Knowledge?.Areas.Select(a => a.Area) ?? []).Concat(s.Technology?.Examples.Select(e => e.Name) ?? [])), SearchField.Skill)];

    private protected override string Description(Model.CareerGuide guide, SkillsSection s)
    {
        var knowledge = s.Knowledge is { } k ? " Knowledge used most: " + string.Join(", ", k.Areas.Take(3).Select(a => a.Area)) + "." : string.Empty;
        if (s.Ratings.Count == 0) return $"What {Display.Plural(guide.Title)} need to know.{knowledge}";
        return (s.Scale == SkillScale.Percentile
            ? $"Skills for {Display.Plural(guide.Title)}, as percentile ranks among all occupations: " + string.Join(", ", s.Ratings.Select(r => $"{r.Skill} {Display.Percentile(r.Rating)}")) + "."
            : $"Skills for {Display.Plural(guide.Title)}, rated 0–100: " + string.Join(", ", s.Ratings.Select(r => $"{r.Skill} {r.Rating}")) + ".") + knowledge;
    }
}
