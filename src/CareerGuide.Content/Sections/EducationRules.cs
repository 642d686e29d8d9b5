using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>06 Education map: routes with the share of people who take each, adding up to 100%.</summary>
internal sealed class EducationRules : SectionRules<EducationSection>
{
    private static readonly Dictionary<string, CostTier> CostTiers = new()
    {
        ["1"] = CostTier.Low, ["2"] = CostTier.Medium, ["3"] = CostTier.High,
    };

    /// <summary>How far published shares may fall from 100 before they are a mistake: seven shares each rounded to 0.1 are off by at most 0.35.</summary>
    internal const decimal RoundingTolerance = 0.5m;

    private protected override EducationSection? ReadField(SectionSource source)
    {
        if (source.Yaml.IsMap(source.Key)) return ReadSurvey(source);
        if (source.List() is not { } items) return null;
        var routes = new List<EducationRoute>();
        foreach (var item in items)
        {
            var route = item.Text("route");
            var share = item.Integer("share", 0, 100, what: "a percentage");
            var duration = item.Text("duration");
            var cost = item.Choice("cost", CostTiers);
            item.ReportUnknownKeys();
            if (route is not null && share is not null && duration is not null && cost is not null)
                routes.Add(new EducationRoute(route, share.Value, duration, cost.Value));
        }
        if (routes.Count != items.Count || routes.Count == 0) return null;
        var total = routes.Sum(r => r.SharePercent);
        if (total != 100)
        {
            items[0].Error($"education: the shares add up to {total}%, not 100%; adjust them so every student is counted once");
            return null;
        }
        return new EducationSection(routes);
    }

    // Survey form: 'entry' (typical entry education) and 'attainment' (level and percent, lowest level first).
    private static EducationSection? ReadSurvey(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var entry = map.Text("entry", required: false);
        var items = map.MapList("attainment", required: entry is null);
        var figuresSource = map.Text("source", required: false);
        map.ReportUnknownKeys();
        if (items is null) return entry is null ? null : new EducationSection([]) { EntryEducation = entry, FiguresSource = figuresSource };
        var shares = new List<AttainmentShare>();
        foreach (var item in items)
        {
            var level = item.Text("level");
            var percent = item.Number("percent", 0, 100, what: "a percentage");
            item.ReportUnknownKeys();
            if (level is not null && percent is not null) shares.Add(new AttainmentShare(level, percent.Value));
        }
        if (shares.Count != items.Count || shares.Count == 0) return null;
        var total = shares.Sum(a => a.Percent);
        if (Math.Abs(total - 100) > RoundingTolerance)
        {
            map.Error($"education.attainment: the shares add up to {total.ToString(System.Globalization.CultureInfo.InvariantCulture)}%, more than rounding allows; published shares add up to 100 give or take {RoundingTolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            return null;
        }
        return new EducationSection([]) { Attainment = shares, EntryEducation = entry, FiguresSource = figuresSource };
    }

    private protected override string DataText(EducationSection e) => e.Routes.Count > 0
        ? Sentences(e.Routes.Select(r => $"{r.Route}, {r.Duration}"))
        : (e.EntryEducation is null ? string.Empty : $"Typical entry education: {e.EntryEducation}.");

    private protected override string Description(Model.CareerGuide guide, EducationSection e) => e.Routes.Count > 0
        ? $"Routes into a {guide.Title} career: " + string.Join("; ", e.Routes.Select(r => $"{r.Route} ({r.SharePercent}%)")) + "."
        : (e.EntryEducation is null ? string.Empty : $"Typical education to start as {Display.Article(guide.Title)} {guide.Title}: {e.EntryEducation}. ")
            + "Highest education of workers: " + string.Join("; ", e.Attainment.Select(a => $"{a.Level} {Display.Percent(a.Percent)}")) + ".";
}
