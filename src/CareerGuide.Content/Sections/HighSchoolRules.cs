namespace CareerGuide.Content.Sections;

/// <summary>11 High school plan: a list of actions.</summary>
internal sealed class HighSchoolRules : SectionRules<HighSchoolSection>
{
    private protected override HighSchoolSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var actions = map.TextList("actions");
        map.ReportUnknownKeys();
        return actions is null ? null : new HighSchoolSection(actions);
    }

    private protected override string DataText(HighSchoolSection h) => Sentences(h.Actions);

    private protected override string Description(Model.CareerGuide guide, HighSchoolSection h) =>
        $"What to do in high school to become a {guide.Title}: " + string.Join("; ", h.Actions.Take(3)) + ".";
}
