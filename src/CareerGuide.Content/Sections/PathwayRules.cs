namespace CareerGuide.Content.Sections;

/// <summary>04 Pathway: stages in order, each with its timing.</summary>
internal sealed class PathwayRules : SectionRules<PathwaySection>
{
    private protected override PathwaySection? ReadField(SectionSource source)
    {
        if (source.List() is not { } items) return null;
        var stages = new List<PathwayStage>();
        foreach (var item in items)
        {
            var stage = item.Text("stage");
            var timing = item.Text("timing");
            item.ReportUnknownKeys();
            if (stage is not null && timing is not null) stages.Add(new PathwayStage(stage, timing));
        }
        return stages.Count == items.Count ? new PathwaySection(stages) : null;
    }

    private protected override string DataText(PathwaySection p) => string.Join(". ", p.Stages.Select(s => $"{s.Stage} ({s.Timing})"));

    private protected override string Description(Model.CareerGuide guide, PathwaySection p) =>
        $"The pathway to becoming a {guide.Title}: " + string.Join(" → ", p.Stages.Select(s => s.Stage)) + ".";
}
