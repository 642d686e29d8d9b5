namespace CareerGuide.Content.Sections;

/// <summary>04 Pathway: stages in order, each with its timing.</summary>
internal sealed class PathwayRules : SectionRules<PathwaySection>
{
    // O*NET's names for its five Job Zones (Job Zone Reference), as labels.
    private static readonly string[] JobZoneNames =
    [
        "little or no preparation needed", "some preparation needed", "medium preparation needed",
        "considerable preparation needed", "extensive preparation needed",
    ];

    private protected override PathwaySection? ReadField(SectionSource source)
    {
        if (source.Yaml.IsMap(source.Key)) return ReadRequirements(source);
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

    // Requirements form: the stages are composed from typical entry education, related experience, on-the-job
    // training and the Job Zone, so they always agree with the figures.
    private static PathwaySection? ReadRequirements(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var education = map.Text("entry_education");
        var experience = map.Text("experience");
        var training = map.Text("training");
        var zone = map.Integer("job_zone", 1, EntryRequirements.MaxJobZone, required: false, what: "an O*NET Job Zone");
        var figuresSource = map.Text("source", required: false);
        map.ReportUnknownKeys();
        if (education is null || experience is null || training is null) return null;
        var requirements = new EntryRequirements(education, experience, training, zone);
        return new PathwaySection(Stages(requirements)) { Requirements = requirements, FiguresSource = figuresSource };
    }

    /// <summary>The stages a student goes through, in order, from the requirements.</summary>
    internal static IReadOnlyList<PathwayStage> Stages(EntryRequirements r)
    {
        var stages = new List<PathwayStage> { new(r.EntryEducation, "Typical education to start") };
        if (!IsNone(r.Experience)) stages.Add(new("Work experience in a related occupation", r.Experience));
        stages.Add(IsNone(r.Training)
            ? new("First job", "No formal on-the-job training is typical")
            : new(r.Training, "Typical training once hired"));
        if (r.JobZone is { } zone)
            stages.Add(new($"O*NET Job Zone {zone} of {EntryRequirements.MaxJobZone}", char.ToUpperInvariant(JobZoneNames[zone - 1][0]) + JobZoneNames[zone - 1][1..]));
        return stages;
    }

    private static bool IsNone(string text) => string.Equals(text, "None", StringComparison.OrdinalIgnoreCase);

    private protected override string DataText(PathwaySection p) => Sentences(p.Stages.Select(s => $"{s.Stage} ({s.Timing})"));

    private protected override string Description(Model.CareerGuide guide, PathwaySection p) =>
        $"The pathway to becoming {Model.Display.Article(guide.Title)} {guide.Title}: " + string.Join(" → ", p.Stages.Select(s => s.Stage)) + ".";
}
