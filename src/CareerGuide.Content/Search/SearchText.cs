using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Search;

/// <summary>The searchable plain text of each section kind: its typed data in words, then its prose.</summary>
internal static class SearchText
{
    public static string Of(GuideSection section)
    {
        var data = section switch
        {
            SnapshotSection s => string.Join(". ", [s.Summary, string.Join(", ", s.Titles), string.Join(", ", s.Industries), string.Join(", ", s.TopSkills)]),
            DaySection d => string.Join(". ", d.Entries.Select(e => e.Activity)),
            PathwaySection p => string.Join(". ", p.Stages.Select(s => $"{s.Stage} ({s.Timing})")),
            SkillsSection s => string.Join(", ", s.Ratings.Select(r => r.Skill)),
            EducationSection e => string.Join(". ", e.Routes.Select(r => $"{r.Route}, {r.Duration}")),
            MarketSection m => $"{m.Region}. Demand {Display.Demand(m.Demand)}.",
            FitSection f => string.Join(" ", f.Statements),
            TradeoffsSection t => string.Join(". ", t.Pros.Concat(t.Cons).Concat(t.Myths)),
            HighSchoolSection h => string.Join(". ", h.Actions),
            SourcesSection s => string.Join(". ", s.Items.Select(i => $"{i.Publisher}: {i.Title}")),
            TranscriptSection t => string.Join(" ", t.Lines.Select(l => l.Text)),
            FaqSection f => string.Join(" ", f.Entries.Select(e => e.Question + " " + Plain(e.Answer))),
            _ => string.Empty,
        };
        var prose = Plain(section.Prose);
        return data.Length == 0 ? prose : prose.Length == 0 ? data : data + ". " + prose;
    }

    public static string Plain(RenderedHtml html) => HtmlText.Plain(html);
}
