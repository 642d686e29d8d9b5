namespace CareerGuide.Content.Sections;

/// <summary>06 Education map: routes with the share of people who take each, adding up to 100%.</summary>
internal sealed class EducationRules : SectionRules<EducationSection>
{
    private static readonly Dictionary<string, CostTier> CostTiers = new()
    {
        ["1"] = CostTier.Low, ["2"] = CostTier.Medium, ["3"] = CostTier.High,
    };

    private protected override EducationSection? ReadField(SectionSource source)
    {
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

    private protected override string DataText(EducationSection e) => string.Join(". ", e.Routes.Select(r => $"{r.Route}, {r.Duration}"));

    private protected override string Description(Model.CareerGuide guide, EducationSection e) =>
        $"Routes into a {guide.Title} career: " + string.Join("; ", e.Routes.Select(r => $"{r.Route} ({r.SharePercent}%)")) + ".";
}
