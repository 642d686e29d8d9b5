using System.Text.RegularExpressions;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>
/// 12 College strategy: prose under '## College strategy' alone, or the import's <c>college:</c> field, the programs
/// of study that lead to the work (<c>programs</c>: <c>cip</c> and <c>title</c>), how many there are in all
/// (<c>count</c>) and where they come from (<c>source</c>).
/// </summary>
internal sealed partial class CollegeRules : SectionRules<CollegeSection>
{
    private protected override CollegeSection? ReadMissing(SectionSource source) => source.Prose is null ? null : new CollegeSection([]);

    private protected override CollegeSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var items = map.MapList("programs", required: false) ?? [];
        var count = map.Integer("count", 0, 100_000, what: "how many programs the source names");
        var figuresSource = map.Text("source");
        map.ReportUnknownKeys();
        var programs = new List<StudyProgram>();
        foreach (var item in items)
        {
            var cip = item.Scalar("cip", required: true, "a CIP 2020 code such as 51.3801");
            var title = item.Text("title");
            item.ReportUnknownKeys();
            if (cip is not null && !CipCode().IsMatch(cip.Value))
            {
                item.Error(cip, $"{item.FieldPath("cip")}: '{cip.Value}' is not a CIP 2020 code; write it as 00.0000, e.g. 51.3801");
                continue;
            }
            if (cip is not null && title is not null) programs.Add(new StudyProgram(cip.Value, title));
        }
        if (count is { } c && c < programs.Count)
        {
            map.Error($"{map.FieldPath("count")}: {c} is fewer than the {programs.Count} programs listed; give how many the source names in all");
            return null;
        }
        return programs.Count != items.Count || count is null || figuresSource is null
            ? null
            : new CollegeSection(programs) { ProgramCount = count, FiguresSource = figuresSource };
    }

    [GeneratedRegex(@"^\d{2}\.\d{4}$")]
    private static partial Regex CipCode();

    private protected override string DataText(CollegeSection c) =>
        c.Programs.Count == 0 ? string.Empty : "Programs of study: " + string.Join(", ", c.Programs.Select(p => p.Title));

    private protected override IEnumerable<(string Text, SearchField Field)> WeightedText(CollegeSection c) =>
        [(string.Join(" ", c.Programs.Select(p => p.Title)), SearchField.Program)];

    private protected override string Description(Model.CareerGuide guide, CollegeSection c) => c.Programs.Count == 0
        ? string.Empty
        : $"Programs of study that lead to work as {Model.Display.Article(guide.Title)} {guide.Title}: " + string.Join(", ", c.Programs.Take(4).Select(p => p.Title)) + ".";
}
