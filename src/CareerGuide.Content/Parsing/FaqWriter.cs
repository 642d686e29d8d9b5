using System.Net;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// Answers the questions students ask most from the guide's own typed sections, so the FAQ can never
/// quote a salary, a route or a date that disagrees with the section it summarises.
/// </summary>
internal static partial class FaqWriter
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

    /// <summary>
    /// The questions students type about a career, answered for an imported guide from its own figures, each answer
    /// naming where its figures come from: pay, whether it needs a degree, what to study, whether it is growing, how
    /// to get in, and the skills, knowledge and software it uses. A question whose figures the guide lacks is left out.
    /// </summary>
    // The title the way a student types it: "a registered nurse". A title that names several jobs keeps its plural
    // ("Hairdressers, Hairstylists, and Cosmetologists") and a catch-all ("Physician, All Other") is a group of jobs:
    // both are asked about in the plural. "Elementary School Teacher, Except Special Education": the qualifier is
    // for tables, not for questions.
    private static (string Who, string Spoken, string? Plural, bool CatchAll) Subject(string title)
    {
        var catchAll = title.EndsWith(", All Other", StringComparison.OrdinalIgnoreCase);
        var name = ExceptClause().Replace(title, string.Empty);
        var spoken = string.Join(' ', name.Split(' ').Select(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w : w.ToLowerInvariant()));
        var plural = catchAll ? "people in this group of jobs" : name.Contains(',', StringComparison.Ordinal) && name.EndsWith('s') ? spoken : null;
        return ($"{Display.Article(spoken)} {spoken}", spoken, plural, catchAll);
    }

    /// <summary>
    /// "What careers are like a registered nurse?", answered from 13 Similar careers, which the site works out across
    /// guides after they are read; null for a guide that is not imported or has no similar careers.
    /// </summary>
    public static FaqEntry? SimilarEntry(Model.CareerGuide guide)
    {
        if (guide.Section<SourcesSection>() is not { Imported: not null } || guide.Section<SimilarSection>() is not { Careers.Count: > 0 } similar) return null;
        var (who, _, plural, catchAll) = Subject(guide.Title);
        var titles = similar.Careers.Take(4).Select(c => c.Title).ToList();
        return Entry(catchAll ? "What careers are like the jobs in this group?" : plural is null ? $"What careers are like {who}?" : $"What careers are like {plural}?",
            Paragraph($"Careers close to this one include {Join(titles)}. Section 13, Similar careers, sets their pay and growth side by side; O*NET's related occupations come first."));
    }

    public static IEnumerable<FaqEntry> ImportedEntries(string title, IReadOnlyList<GuideSection> sections)
    {
        var (who, spoken, plural, catchAll) = Subject(title);
        var market = sections.OfType<MarketSection>().FirstOrDefault();
        var education = sections.OfType<EducationSection>().FirstOrDefault();
        var pathway = sections.OfType<PathwaySection>().FirstOrDefault();
        var college = sections.OfType<CollegeSection>().FirstOrDefault();
        var skills = sections.OfType<SkillsSection>().FirstOrDefault();
        var snapshot = sections.OfType<SnapshotSection>().FirstOrDefault();

        if (market is { Salary: var pay })
        {
            var per = pay.Period == PayPeriod.Hour ? "an hour" : "a year";
            var median = pay.MedianFigure;
            var text = median.OrMore
                ? $"The median pay is {Display.Pay(median, pay.Currency, pay.Period)} {per}, the highest figure the survey publishes."
                : $"The median pay is {Display.Pay(median, pay.Currency, pay.Period)} {per}: half of the workers earn more, half less.";
            if (pay.Percentiles is { P10: { } low, P90: { } high })
                text += $" The lowest-paid tenth earn less than {Display.Pay(low, pay.Currency, pay.Period)}, and the highest-paid tenth "
                    + (high.OrMore ? $"{Display.Pay(high, pay.Currency, pay.Period)}." : $"more than {Display.Pay(high, pay.Currency, pay.Period)}.");
            yield return Entry(plural is null ? $"How much does {who} make?" : $"How much do {plural} make?", Paragraph(text + Source(market)));
        }

        if (EducationLevel.OfCategory(education?.EntryEducation ?? pathway?.Requirements?.EntryEducation) is { } entry)
        {
            var text = entry.Key == "none"
                ? "No. BLS says people usually start this work with no formal credential."
                : $"{(entry.Rank >= EducationLevel.OfKey("associate")!.Rank ? "Usually" : "No")}. BLS says the usual way in is {entry.Label}.";
            var below = education?.Attainment.Where(a => AttainmentRank(a.Level) is { } r && r < entry.Rank).Sum(a => a.Percent);
            if (entry.Key != "none" && education is { Attainment.Count: > 0 } && below is { } share && Math.Round(share, MidpointRounding.AwayFromZero) > 0)
                text += $" Of the people doing it, {Math.Round(share, MidpointRounding.AwayFromZero):0}% have less education than that.";
            yield return Entry(plural is null ? $"Do you need a degree to be {who}?" : $"Do {plural} need a degree?", Paragraph(text + Source(education)));
        }

        if (college is { Programs.Count: > 0, ProgramCount: { } count })
        {
            var names = college.Programs.Take(3).Select(p => p.Title).ToList();
            var text = count == 1
                ? $"One program of study leads to this work: {names[0]}."
                : $"{count} programs of study lead to this work. The closest are {Join(names)}.";
            yield return Entry(plural is null ? $"What should I study to become {who}?" : "What should I study to do this work?", Paragraph(text + Source(college)));
        }

        if (market is { Growth: var growth })
        {
            var direction = growth.Percent switch { > 0 => $"grow {Display.Percent(growth.Percent)}", < 0 => $"shrink {Display.Percent(-growth.Percent)}", _ => "stay about the same" };
            var text = $"Employment is projected to {direction} from {growth.FromYear ?? growth.ByYear - 10} to {growth.ByYear}";
            if (growth.AllOccupationsPercent is { } all)
                text += growth.Percent == all ? $", the same as the {Display.Percent(all)} projected for all occupations"
                    : growth.Percent <= 0 && all > 0 ? $", while employment in all occupations is projected to grow {Display.Percent(all)}"
                    : $", {(growth.Percent > all ? "faster" : "slower")} than the {Display.Percent(all)} projected for all occupations";
            text += market.Openings is { } openings ? $". About {Display.Count(openings)} jobs open up each year, as people change jobs or retire." : ".";
            yield return Entry(catchAll ? "Are jobs in this group growing?" : $"Are {plural ?? Display.Plural(spoken)} in demand?", Paragraph(text + Source(market)));
        }

        if (pathway is { Stages.Count: > 0 })
            yield return Entry(plural is null ? $"How do I become {who}?" : "How do I get into this work?", Paragraph(
                "A typical pathway: " + string.Join(" → ", pathway.Stages.Select(p => $"{p.Stage} ({p.Timing})")) + "." + Source(pathway)));

        if (skills is not null)
        {
            var parts = new List<string>();
            if (snapshot is { TopSkills.Count: > 0 } && skills.Ratings.Count > 0) parts.Add($"The skills it calls for most are {Join([.. snapshot.TopSkills.Select(Lower)])}.");
            if (skills.Knowledge is { Areas.Count: > 0 } knowledge) parts.Add($"The knowledge it uses most: {Join([.. knowledge.Areas.Take(3).Select(a => a.Area)])}.");
            if (skills.Technology is { Examples.Count: > 0 } technology) parts.Add($"Software people use includes {Join([.. technology.Examples.Take(4).Select(e => e.Name)])}.");
            if (parts.Count > 0)
                yield return Entry(plural is null ? $"What skills and software does {who} use?" : $"What skills and software do {plural} use?", Paragraph(string.Join(" ", parts)
                    + " Sources: " + string.Join("; ", new[] { skills.FiguresSource, skills.Knowledge?.Source, skills.Technology?.Source }.Where(s => s is not null)) + "."));
        }
    }

    // BLS Table 5.3's levels, placed on the scale of entry education.
    private static int? AttainmentRank(string level) => level switch
    {
        "Less than high school diploma" => EducationLevel.OfKey("none")!.Rank,
        "Some college, no degree" => EducationLevel.OfKey("some-college")!.Rank,
        _ => EducationLevel.OfCategory(level)?.Rank,
    };

    private static string Source(GuideSection? section) => section?.FiguresSource is { } source ? $" (Source: {source}.)" : string.Empty;

    private static string Join(List<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static FaqEntry Entry(string question, string html) => new(question, new RenderedHtml(html));

    private static string Paragraph(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";

    // Sentence-initial capitals read oddly mid-sentence; acronyms (CS, AI) keep theirs.
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*Except\b.*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExceptClause();
}
