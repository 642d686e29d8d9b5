using System.Net;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// Answers the questions students ask most from the guide's own typed sections, so the FAQ can never
/// quote a salary, a route or a date that disagrees with the section it summarises.
/// </summary>
internal static class FaqWriter
{
    public static IEnumerable<FaqEntry> StandardEntries(string title, IReadOnlyList<GuideSection> sections)
    {
        var a = $"{Display.Article(title)} {title}";
        var snapshot = sections.OfType<SnapshotSection>().FirstOrDefault();
        var market = sections.OfType<MarketSection>().FirstOrDefault();
        var education = sections.OfType<EducationSection>().FirstOrDefault();
        var outlook = sections.FirstOrDefault(s => s.Kind == SectionKind.Outlook);
        var pathway = sections.OfType<PathwaySection>().FirstOrDefault();
        var day = sections.OfType<DaySection>().FirstOrDefault();

        if (snapshot is not null)
            yield return Entry($"What does {a} do?", Paragraph(snapshot.Summary));

        if (market is not null)
        {
            var s = market.Salary;
            yield return Entry($"How much does {a} earn?", Paragraph(
                (s.Percentiles is null
                    ? $"In the {market.Region}, pay typically runs from {Display.Money(s.Low, s.Currency, s.Period)} to "
                        + $"{Display.Money(s.High, s.Currency, s.Period)} {Display.Per(s.Period)}, with a median of about "
                    : $"In the {market.Region}, most pay falls between {Display.Range(s)} {Display.Per(s.Period)} "
                        + "(the 10th to the 90th percentile), with a median of ")
                + $"{Display.Pay(s.MedianFigure, s.Currency, s.Period)}. It varies with experience, employer, location and specialization."));
        }

        if (education is { EntryEducation: { } entry, MostCommonLevel: { } level })
        {
            var skills = snapshot is null ? string.Empty : $" Core skills: {string.Join(", ", snapshot.TopSkills)}.";
            yield return Entry($"What education or skills does {a} need?", Paragraph(
                $"The education typically needed to start is: {Lower(entry)}. The most common highest level among people "
                + $"in the work is {Lower(level.Level)} ({Display.Percent(level.Percent)}).{skills}"));
        }
        else if (education?.MostCommon is { } top)
        {
            var others = education.Routes.Where(r => r != top).Select(r => $"{r.Route} ({r.SharePercent}%)");
            var skills = snapshot is null ? string.Empty : $" Core skills: {string.Join(", ", snapshot.TopSkills)}.";
            yield return Entry($"What education or skills does {a} need?", Paragraph(
                $"The most common route is {Lower(top.Route)}, taken by {top.SharePercent}%. "
                + $"Other routes: {string.Join("; ", others)}.{skills}"));
        }

        if (outlook is not null || market is not null)
        {
            var html = outlook?.Prose.Value ?? string.Empty;
            if (market is not null)
                html += Paragraph($"In the {market.Region}, "
                    + (market.Demand is { } demand ? $"current demand is {Display.Demand(demand).ToLowerInvariant()} and " : string.Empty)
                    + $"employment is projected to {(market.Growth.Percent < 0 ? "change" : "grow")} {Display.Growth(market.Growth.Percent)} by {market.Growth.ByYear}"
                    + (market.Openings is { } openings ? $", with about {Display.Count(openings)} openings a year." : "."));
            yield return Entry($"What is the job outlook for {a}?", html);
        }

        if (pathway is not null)
            yield return Entry($"How do I become {a}?", Paragraph(
                "A typical pathway: " + string.Join(" → ", pathway.Stages.Select(p => $"{p.Stage} ({p.Timing})")) + "."));

        if (day is { IsTimed: true })
            yield return Entry($"What does a typical day look like for {a}?", day.Prose.Value + Paragraph(
                "A representative day: " + string.Join("; ", day.Entries.Select(e => $"{Display.TimeOfDay(e.Time)}, {Lower(e.Activity)}")) + "."));
        else if (day is not null)
            yield return Entry($"What does {a} do?", day.Prose.Value + Paragraph(
                "The main duties: " + string.Join("; ", day.Duties.Select(Lower)) + "."));

        if (snapshot is { Industries.Count: > 0, Hours: { } hours })
            yield return Entry($"Where does {a} typically work?", Paragraph(
                $"In {string.Join(", ", snapshot.Industries)}. Typical hours are {hours.MinHoursPerWeek}–{hours.MaxHoursPerWeek} "
                + $"a week, usually {Display.Mode(hours.Mode)}."));
    }

    private static FaqEntry Entry(string question, string html) => new(question, new RenderedHtml(html));

    private static string Paragraph(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";

    // Sentence-initial capitals read oddly mid-sentence; acronyms (CS, AI) keep theirs.
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
