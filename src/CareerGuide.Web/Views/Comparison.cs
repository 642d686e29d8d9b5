using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>One cell of the comparison table: text, and whether it is the row's highest figure.</summary>
/// <param name="Text">What the cell says.</param>
/// <param name="Highest">True for the row's largest number (when the row's figures are comparable).</param>
public sealed record CompareCell(string Text, bool Highest = false);

/// <summary>One row: a label and a cell per career; <see cref="Same"/> when every career has the same value.</summary>
/// <param name="Label">The row heading.</param>
/// <param name="Cells">One cell per career, in column order.</param>
/// <param name="Group">The block the row belongs to (Overview, Pay and outlook, Education, Skills).</param>
public sealed record CompareRow(string Label, IReadOnlyList<CompareCell> Cells, string Group)
{
    /// <summary>True when every career has the same value in this row.</summary>
    public bool Same => Cells.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count() == 1;
}

/// <summary>Pay on one axis for the compare page.</summary>
/// <param name="Scale">The shared axis.</param>
/// <param name="Careers">The careers on it, in column order, with their pay.</param>
/// <param name="Notes">One sentence for each compared career left off, saying why.</param>
public sealed record ComparePayChart(SalaryScale Scale, IReadOnlyList<(Content.Model.CareerGuide Guide, SalaryRange Salary)> Careers, IReadOnlyList<string> Notes);

/// <summary>Careers side by side, built from a <c>careers=a,b,c</c> query, with messages for anything that could not be used.</summary>
public sealed class Comparison
{
    /// <summary>At most this many careers are compared.</summary>
    public const int MaxCareers = 4;

    /// <summary>
    /// The form lists every career for browsers without scripts (a datalist) up to this many; beyond it the list
    /// would outweigh the page on a phone, and a typed name is matched on the server all the same.
    /// </summary>
    public const int MaxListed = 1000;

    private Comparison(IReadOnlyList<Content.Model.CareerGuide> guides, IReadOnlyList<string> messages)
    {
        Guides = guides;
        Messages = messages;
        Rows = guides.Count >= 2 ? BuildRows(guides) : [];
    }

    /// <summary>The careers compared, in the order asked for.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> Guides { get; }

    /// <summary>What could not be used from the request, in plain words.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>
    /// Each career's pay on one shared axis (10th to 90th percentile, or the editor's low to high): the careers
    /// whose pay is given in the unit most of them share (a year before an hour on a tie), with a note for each
    /// career left off and why; null when fewer than two careers are compared or none gives pay.
    /// </summary>
    public ComparePayChart? PayChart
    {
        get
        {
            if (Guides.Count < 2) return null;
            var pay = Guides.Select(g => (Guide: g, Salary: g.Section<MarketSection>()?.Salary)).ToList();
            var unit = pay.Where(p => p.Salary is not null)
                .GroupBy(p => (p.Salary!.Currency, p.Salary.Period))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Period == PayPeriod.Year ? 0 : 1)
                .Select(g => g.Key).Cast<(string Currency, PayPeriod Period)?>().FirstOrDefault();
            if (unit is not { } shared) return null;
            var charted = pay.Where(p => p.Salary is { } s && (s.Currency, s.Period) == shared).Select(p => (p.Guide, Salary: p.Salary!)).ToList();
            var notes = pay.Where(p => !charted.Exists(c => c.Guide == p.Guide)).Select(p => p.Salary switch
            {
                null => $"{p.Guide.Title} is not on the chart: its guide gives no pay figures.",
                { Period: var period } when period != shared.Period =>
                    $"{p.Guide.Title} is not on the chart: its pay is given by the {Unit(period)} only, and this chart is by the {Unit(shared.Period)}.",
                _ => $"{p.Guide.Title} is not on the chart: its pay is given in {p.Salary.Currency}, and this chart is in {shared.Currency}.",
            }).ToList();
            var first = charted[0].Salary;
            var span = new SalaryRange(first.Currency, first.Period, charted.Min(p => p.Salary.Low), charted.Min(p => p.Salary.Low), charted.Max(p => p.Salary.High));
            return new ComparePayChart(SalaryScale.For(span), charted, notes);
        }
    }

    private static string Unit(PayPeriod period) => period == PayPeriod.Hour ? "hour" : "year";

    /// <summary>The table rows; empty unless at least two careers are compared.</summary>
    public IReadOnlyList<CompareRow> Rows { get; }

    /// <summary>Reads the requested slugs (comma-separated, or repeated parameters) against the catalog.</summary>
    public static Comparison From(IEnumerable<string?> values, ContentCatalog catalog)
    {
        // A field holds one career (a title may itself contain commas: "…, All Other"); a shared link lists
        // slugs separated by commas. At most a few dozen are read: four are compared.
        var requested = values
            .SelectMany(v => v is not null && v.Contains(',', StringComparison.Ordinal) && catalog.FindByTitle(v.Trim()) is not null
                ? [v.Trim()]
                : (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(v => v.Length > 0)
            .Take(8 * MaxCareers)
            .ToList();
        var guides = new List<Content.Model.CareerGuide>();
        var messages = new List<string>();
        var unknown = new List<string>();
        var repeated = false;
        foreach (var slug in requested)
        {
            var guide = Find(slug, catalog);
            if (guide is null)
            {
                var shown = slug.Length > 40 ? slug[..40] + "…" : slug;
                if (unknown.Count < 5 && !unknown.Contains(shown)) unknown.Add(shown);
            }
            else if (guides.Contains(guide)) repeated = true;
            else if (guides.Count < MaxCareers) guides.Add(guide);
            else if (messages.Count == 0 || !messages[^1].StartsWith("Only", StringComparison.Ordinal))
                messages.Add($"Only {MaxCareers} careers can be compared at once; the first {MaxCareers} are shown.");
        }
        foreach (var slug in unknown)
        {
            var hint = catalog.GuideSlugs.Closest(Slug.FromName(slug));
            messages.Add($"There is no career called “{slug}”." + (hint is not null && catalog.FindGuide(hint) is { } near ? $" Did you mean {near.Title}?" : string.Empty));
        }
        if (repeated) messages.Add("A career was listed more than once; it is shown once.");
        if (guides.Count == 1) messages.Add("Choose at least one more career to compare with.");
        if (guides.Select(g => g.Section<SkillsSection>()?.Scale).OfType<SkillScale>().Distinct().Count() > 1)
            messages.Add("Skills are not set side by side: some of these careers rate skills 0 to 100 by how much they are used, others give percentile ranks among all occupations, and the two scales do not compare.");
        return new Comparison(guides, messages);
    }

    // A slug from the datalist or a shared link, an old slug, or a career's name as the search-as-you-type
    // puts it in the field or a student types it in full ("Registered Nurse"), in any case.
    private static Content.Model.CareerGuide? Find(string text, ContentCatalog catalog)
    {
        if (text.Length == 0) return null;
        return (Slug.IsValid(text) ? catalog.FindGuide(text) ?? catalog.FindByAlias(text) : null)
            ?? catalog.FindGuide(Slug.FromName(text))
            ?? catalog.FindByTitle(text);
    }

    private static List<CompareRow> BuildRows(IReadOnlyList<Content.Model.CareerGuide> guides)
    {
        var rows = new List<CompareRow>();
        CompareCell[] Each(Func<Content.Model.CareerGuide, string> text) => [.. guides.Select(g => new CompareCell(text(g)))];
        const string Missing = "—";

        rows.Add(new("What the work is", Each(g => g.Summary.Length > 0 ? g.Summary : Missing), "Overview"));
        if (guides.Any(g => g.Section<SnapshotSection>()?.Hours is not null))
            rows.Add(new("Typical hours", Each(g => g.Section<SnapshotSection>() is { Hours: { } h }
                ? $"{h.MinHoursPerWeek}–{h.MaxHoursPerWeek} h/week, {Display.Mode(h.Mode)}" : Missing), "Overview"));

        var markets = guides.Select(g => g.Section<MarketSection>()).ToList();
        // Pay is only ranked when every career states it in the same currency and period.
        var comparablePay = markets.All(m => m is not null)
            && markets.OfType<MarketSection>().Select(m => (m.Salary.Currency, m.Salary.Period)).Distinct().Count() == 1;
        rows.Add(Numbers("Median pay", markets.Select(m => m?.Salary.Median).ToList(), comparablePay,
            (m, i) => markets[i] is { } mk ? $"{Display.Money(m, mk.Salary.Currency, mk.Salary.Period)} {Display.Per(mk.Salary.Period)}" : Missing, "Pay and outlook"));
        rows.Add(new("Pay range", Each(g => g.Section<MarketSection>() is { } m
            ? $"{Display.Range(m.Salary)} ({m.Region})" : Missing), "Pay and outlook"));
        if (markets.Any(m => m?.Demand is not null))
            rows.Add(new("Demand", Each(g => g.Section<MarketSection>()?.Demand is { } d ? Display.Demand(d) : Missing), "Pay and outlook"));
        rows.Add(Numbers("Projected growth", markets.Select(m => m?.Growth.Percent).ToList(), true,
            (p, i) => markets[i] is { } mk ? $"{Display.Growth(p)} by {mk.Growth.ByYear}" : Missing, "Pay and outlook"));
        if (markets.Any(m => m?.Openings is not null))
            rows.Add(Numbers("Openings a year", markets.Select(m => (decimal?)m?.Openings).ToList(), true, (n, _) => Display.Count((long)n), "Pay and outlook"));

        var educations = guides.Select(g => g.Section<EducationSection>()).ToList();
        if (educations.Any(e => e?.EntryEducation is not null))
            rows.Add(new("Typical entry education", Each(g => g.Section<EducationSection>()?.EntryEducation ?? Missing), "Education"));
        if (educations.Any(e => e?.MostCommonLevel is not null))
            rows.Add(new("Most workers' highest education", Each(g => g.Section<EducationSection>()?.MostCommonLevel is { } l
                ? $"{l.Level} ({Display.Percent(l.Percent)})" : Missing), "Education"));
        if (educations.Any(e => e?.MostCommon is not null))
        {
            rows.Add(new("Most common route", Each(g => g.Section<EducationSection>()?.MostCommon is { } top
                ? $"{top.Route} ({top.SharePercent}%)" : Missing), "Education"));
            rows.Add(new("All routes", Each(g => g.Section<EducationSection>() is { Routes.Count: > 0 } e
                ? string.Join("; ", e.Routes.Select(r => $"{r.Route} {r.SharePercent}%, {r.Duration}, {Display.Cost(r.Cost)}")) : Missing), "Education"));
        }

        // Education shares and interests, level by level and area by area, when any compared career gives them.
        var levels = guides.SelectMany(g => g.Section<EducationSection>()?.Attainment.Select(a => a.Level) ?? []).Distinct(StringComparer.Ordinal).ToList();
        foreach (var level in levels)
        {
            rows.Add(Numbers($"Highest education: {level}", [.. guides.Select(g => g.Section<EducationSection>()?.Attainment.FirstOrDefault(a => a.Level == level)?.Percent)],
                true, (p, _) => Display.Percent(p), "Education of people in the work"));
        }
        if (guides.Any(g => g.Section<FitSection>() is { Interests.Count: > 0 }))
        {
            foreach (var area in Enum.GetValues<InterestArea>())
            {
                rows.Add(Numbers(area.ToString(), [.. guides.Select(g => g.Section<FitSection>()?.Interests.FirstOrDefault(i => i.Area == area)?.Score)],
                    true, (s, _) => s.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + " of 7", "Interests (O*NET, 1 to 7)"));
            }
        }

        // Skills aligned by name: one row per skill any of the careers rates, and only when every career's
        // numbers are on the same scale (an editor's 0-100 rating is not a percentile rank).
        var scales = guides.Select(g => g.Section<SkillsSection>()?.Scale).OfType<SkillScale>().Distinct().ToList();
        if (scales.Count > 1) return rows;
        var unit = scales.FirstOrDefault() == SkillScale.Percentile ? "th percentile" : "/100";
        var skills = guides.SelectMany(g => g.Section<SkillsSection>()?.Ratings.Select(r => r.Skill) ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var skill in skills)
        {
            var ratings = guides.Select(g => (decimal?)g.Section<SkillsSection>()?.Ratings
                .FirstOrDefault(r => string.Equals(r.Skill, skill, StringComparison.OrdinalIgnoreCase))?.Rating).ToList();
            rows.Add(Numbers(skill, ratings, true, (r, _) => $"{r}{unit}", "Skill ratings"));
        }
        return rows;
    }

    private static CompareRow Numbers(string label, List<decimal?> values, bool comparable, Func<decimal, int, string> text, string group)
    {
        var present = values.OfType<decimal>().ToList();
        var max = present.Count >= 2 && comparable ? present.Max() : (decimal?)null;
        var cells = values.Select((v, i) => v is { } n ? new CompareCell(text(n, i), max == n && present.Count(p => p == n) < present.Count) : new CompareCell("—")).ToList();
        return new CompareRow(label, cells, group);
    }
}
