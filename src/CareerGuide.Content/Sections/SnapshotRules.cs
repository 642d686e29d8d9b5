using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>01 Snapshot: required in every guide.</summary>
internal sealed partial class SnapshotRules : SectionRules<SnapshotSection>
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
        var summary = map.Text("summary", required: false);
        if (summary is null)
            map.Warning($"{map.FieldPath("summary")}: missing: the guide does not say what the work is; write two or three sentences (20 to 60 words) a ninth grader understands");
        var titles = map.TextList("titles");
        // Hours and industries are optional: public data gives neither, and a guide says nothing rather than invent.
        var industries = map.TextList("industries", required: false) ?? [];
        var hours = map.Map("hours", required: false);
        var topSkills = map.TextList("top_skills");
        var soc = Code(map, "soc", SocCode(), "a SOC code; write six digits as 00-0000, e.g. 29-1141");
        var onetSoc = Code(map, "onet_soc", OnetSocCode(), "an O*NET-SOC code; write it as 00-0000.00, e.g. 29-1141.00");
        var group = map.Text("group", required: false);
        var searchTitles = map.TextList("search_titles", required: false) ?? [];
        var related = new List<string>();
        foreach (var (value, i) in map.Has("related") ? map.ScalarList("related").Select((v, i) => (v, i)) : [])
        {
            if (OnetSocCode().IsMatch(value.Value)) related.Add(value.Value);
            else map.Error(value, $"{map.FieldPath("related")}[{i}]: '{value.Value}' is not an O*NET-SOC code; write it as 00-0000.00, e.g. 29-1141.00");
        }
        var figuresSource = map.Text("source", required: false);
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
        if (onetSoc is not null && soc is null)
            map.Error($"{map.FieldPath("onet_soc")}: an O*NET-SOC code needs the SOC code it refines; add 'soc: {onetSoc[..7]}'");
        if (titles is null || topSkills is null || (hours is not null && workHours is null)) return null;
        return new SnapshotSection(summary ?? string.Empty, titles, industries, workHours, topSkills)
        {
            Codes = soc is null ? null : new OccupationCodes(soc, onetSoc),
            Group = group,
            SearchTitles = searchTitles,
            Related = related,
            FiguresSource = figuresSource,
        };
    }

    // A code field: null when absent or malformed (reported).
    private static string? Code(YamlMap map, string key, System.Text.RegularExpressions.Regex pattern, string expected)
    {
        var value = map.Scalar(key, required: false, expected);
        if (value is null) return null;
        if (pattern.IsMatch(value.Value)) return value.Value;
        map.Error(value, $"{map.FieldPath(key)}: '{value.Value}' is not {expected}");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex SocCode();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex OnetSocCode();

    private protected override string DataText(SnapshotSection s) =>
        Sentences([s.Summary, string.Join(", ", s.Titles), string.Join(", ", s.Industries), string.Join(", ", s.TopSkills)]);

    private protected override IEnumerable<(string Text, SearchField Field)> WeightedText(SnapshotSection s) =>
    [
        (string.Join(" ", s.Titles.Concat(s.SearchTitles)), SearchField.JobTitle),
        (string.Join(" ", s.Industries), SearchField.Industry),
        (string.Join(" ", s.TopSkills), SearchField.TopSkill),
    ];

    private protected override string Description(Model.CareerGuide guide, SnapshotSection s) => s.Summary;
}
