using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>A plain-text description of a section drawn from its own content, for meta tags and link previews.</summary>
public static class SectionText
{
    private const int MaxLength = 200;

    /// <summary>One or two sentences that say what this section of this guide holds.</summary>
    public static string Describe(Content.Model.CareerGuide guide, GuideSection section)
    {
        var t = guide.Title;
        var text = section switch
        {
            SnapshotSection s => s.Summary,
            SkillsSection s => $"Skills for {Plural(t)}, rated 0–100: " + string.Join(", ", s.Ratings.Select(r => $"{r.Skill} {r.Rating}")) + ".",
            MarketSection m => $"{t} pay in the {m.Region}: {Display.Money(m.Salary.Low, m.Salary.Currency, m.Salary.Period)}–"
                + $"{Display.Money(m.Salary.High, m.Salary.Currency, m.Salary.Period)} {Display.Per(m.Salary.Period)}, median "
                + $"{Display.Money(m.Salary.Median, m.Salary.Currency, m.Salary.Period)}; demand {Display.Demand(m.Demand).ToLowerInvariant()}, "
                + $"growth {Display.Growth(m.Growth.Percent)} by {m.Growth.ByYear}.",
            EducationSection e => $"Routes into a {t} career: " + string.Join("; ", e.Routes.Select(r => $"{r.Route} ({r.SharePercent}%)")) + ".",
            DaySection d => $"A real day as a {t}, from {Display.TimeOfDay(d.Entries[0].Time)} to {Display.TimeOfDay(d.Entries[^1].Time)}: "
                + string.Join("; ", d.Entries.Take(3).Select(e => e.Activity)) + "…",
            PathwaySection p => $"The pathway to becoming a {t}: " + string.Join(" → ", p.Stages.Select(s => s.Stage)) + ".",
            FitSection f => $"Is {t} a fit for you? Check {f.Statements.Count} statements; {f.Threshold} or more suggests it is.",
            TradeoffsSection o => $"Pros, cons and myths of a {t} career. Pro: {o.Pros[0]}. Con: {o.Cons[0]}.",
            HighSchoolSection h => $"What to do in high school to become a {t}: " + string.Join("; ", h.Actions.Take(3)) + ".",
            SourcesSection s => $"The {s.Items.Count} sources behind the {t} guide"
                + (s.LastVerified is { } d ? $", last verified {Display.Date(d)}." : "."),
            TranscriptSection tr => $"Transcript of the {t} audio guide, {tr.Lines.Count} passages.",
            SimilarSection s => $"Careers similar to {t}: " + string.Join(", ", s.Careers.Select(c => c.Title)) + ".",
            ReadingSection r => $"Further reading on {t}: " + string.Join("; ", r.Articles.Select(a => a.Title)) + ".",
            FaqSection f => $"{t} FAQ: " + string.Join(" ", f.Entries.Take(3).Select(e => e.Question)),
            _ => string.Empty,
        };
        if (text.Length == 0 || section is ProseSection) text = Plain(section.Prose);
        if (text.Length == 0) text = $"{section.Info.Title} · {t}";
        return Shorten(text);
    }

    /// <summary>The text of some rendered HTML, tags removed and entities decoded.</summary>
    public static string Plain(RenderedHtml html) => HtmlText.Plain(html);

    private static string Plural(string title) => title.EndsWith('s') ? title : title + "s";

    /// <summary>Cuts text to a length link previews show in full, at a word boundary.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 0 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
