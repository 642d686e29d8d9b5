using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>01 Snapshot: required in every guide.</summary>
internal sealed class SnapshotRules : SectionRules<SnapshotSection>
{
    private static readonly Dictionary<string, WorkMode> WorkModes = new()
    {
        ["on-site"] = WorkMode.OnSite, ["hybrid"] = WorkMode.Hybrid, ["remote"] = WorkMode.Remote,
    };

    private protected override SnapshotSection? ReadMissing(SectionSource source)
    {
        source.Yaml.Error("snapshot: required field 'snapshot' is missing; every guide needs its summary, titles, industries, hours and top skills");
        return null;
    }

    private protected override SnapshotSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var summary = map.Text("summary");
        var titles = map.TextList("titles");
        var industries = map.TextList("industries");
        var hours = map.Map("hours");
        var topSkills = map.TextList("top_skills");
        WorkHours? workHours = null;
        if (hours is not null)
        {
            var min = hours.Integer("min", 1, 168, what: "hours per week");
            var max = hours.Integer("max", 1, 168, what: "hours per week");
            var mode = hours.Choice("mode", WorkModes);
            hours.ReportUnknownKeys();
            if (min > max) hours.Error($"{hours.Path}: min ({min}) is more than max ({max}); write the smaller number as min");
            else if (min is { } lo && max is { } hi && mode is { } m) workHours = new WorkHours(lo, hi, m);
        }
        map.ReportUnknownKeys();
        return summary is null || titles is null || industries is null || workHours is null || topSkills is null
            ? null
            : new SnapshotSection(summary, titles, industries, workHours, topSkills);
    }

    private protected override string DataText(SnapshotSection s) =>
        string.Join(". ", [s.Summary, string.Join(", ", s.Titles), string.Join(", ", s.Industries), string.Join(", ", s.TopSkills)]);

    private protected override IEnumerable<(string Text, SearchField Field)> WeightedText(SnapshotSection s) =>
    [
        (string.Join(" ", s.Titles), SearchField.JobTitle),
        (string.Join(" ", s.Industries), SearchField.Industry),
        (string.Join(" ", s.TopSkills), SearchField.TopSkill),
    ];

    private protected override string Description(Model.CareerGuide guide, SnapshotSection s) => s.Summary;
}
