using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>
/// 09 Fit: statements and how many of them make a likely fit; or an interest profile (O*NET's six RIASEC
/// scores), from which the statements are our own, two for each of the top areas.
/// </summary>
internal sealed class FitRules : SectionRules<FitSection>
{
    private static readonly Dictionary<string, InterestArea> Areas =
        Enum.GetValues<InterestArea>().ToDictionary(a => a.ToString().ToLowerInvariant());

    /// <summary>Our statements for each interest area, in a student's words.</summary>
    internal static readonly IReadOnlyDictionary<InterestArea, string[]> AreaStatements = new Dictionary<InterestArea, string[]>
    {
        [InterestArea.Realistic] = ["You like working with your hands, with tools or with machines.", "You would rather be on your feet or outdoors than at a desk all day."],
        [InterestArea.Investigative] = ["You like working out how things work and why.", "Puzzles, research and problems with a right answer keep you interested."],
        [InterestArea.Artistic] = ["You like making things of your own: designs, writing, music or performances.", "You want room in your work for your own ideas and style."],
        [InterestArea.Social] = ["You like helping, teaching or looking after people.", "People come to you to talk things through, and you listen."],
        [InterestArea.Enterprising] = ["You like leading a group and persuading people.", "You enjoy making decisions and taking some risk to reach a goal."],
        [InterestArea.Conventional] = ["You like clear steps, tidy records and getting the details right.", "Working with numbers, files or schedules suits you."],
    };

    /// <summary>Our statements for BLS's 17 skills (Employment Projections Table 6.2's names), for a guide O*NET does not rate.</summary>
    internal static readonly IReadOnlyDictionary<string, string> SkillStatements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Adaptability"] = "You handle change and surprises well.",
        ["Computers and information technology"] = "You like working with computers and learning new software.",
        ["Creativity and innovation"] = "You like coming up with new ideas.",
        ["Critical and analytical thinking"] = "You like thinking problems through carefully.",
        ["Customer service"] = "You like helping customers and making sure they leave happy.",
        ["Detail oriented"] = "You notice small details and like getting them right.",
        ["Fine motor"] = "You are good with your hands at small, careful tasks.",
        ["Interpersonal"] = "You get along with many kinds of people.",
        ["Leadership"] = "You like taking the lead in a group.",
        ["Mathematics"] = "You are comfortable working with numbers.",
        ["Mechanical"] = "You like working out how machines and tools work.",
        ["Physical strength and stamina"] = "You don't mind hard physical work that keeps you on your feet.",
        ["Problem solving and decision making"] = "You like solving problems and making decisions.",
        ["Project management"] = "You like planning a project and keeping it on track.",
        ["Science"] = "You enjoy science.",
        ["Speaking and listening"] = "You like talking with people and listening carefully.",
        ["Writing and reading"] = "You like reading and writing.",
    };

    /// <summary>
    /// The fit check of an imported guide O*NET gives no interest profile: a statement of ours for each of the three skills
    /// BLS ranks highest for the work (the snapshot's top skills), two of three making a likely fit; null without them.
    /// </summary>
    internal static FitSection? FromTopSkills(SnapshotSection? snapshot)
    {
        var statements = (snapshot?.TopSkills ?? []).Select(s => SkillStatements.GetValueOrDefault(s)).OfType<string>().ToList();
        return statements.Count < 2 ? null : new FitSection(statements.Count - 1, statements) { FiguresSource = snapshot!.TopSkillsSource };
    }

    private static readonly Dictionary<string, WorkValue> ValueNames = new(StringComparer.Ordinal)
    {
        ["achievement"] = WorkValue.Achievement,
        ["working_conditions"] = WorkValue.WorkingConditions,
        ["recognition"] = WorkValue.Recognition,
        ["relationships"] = WorkValue.Relationships,
        ["support"] = WorkValue.Support,
        ["independence"] = WorkValue.Independence,
    };

    private protected override FitSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var interestsMap = map.Map("interests", required: false);
        var statements = map.TextList("statements", required: interestsMap is null);
        var threshold = statements is null ? null : map.Integer("threshold", 1, Math.Max(1, statements.Count), what: "how many statements make a fit,");
        var figuresSource = map.Text("source", required: false);
        var valueMaps = map.MapList("values", required: false);
        map.ReportUnknownKeys();

        var values = new List<WorkValueScore>();
        foreach (var item in valueMaps ?? [])
        {
            var value = item.Choice("value", ValueNames);
            var extent = item.Number("extent", WorkValueScore.Min, WorkValueScore.Max, what: "an O*NET work value extent");
            item.ReportUnknownKeys();
            if (value is { } v && extent is { } e && !values.Exists(x => x.Value == v)) values.Add(new WorkValueScore(v, e));
        }

        IReadOnlyList<InterestScore> interests = [];
        if (interestsMap is not null)
        {
            var scores = new List<InterestScore>();
            foreach (var (key, area) in Areas)
            {
                if (interestsMap.Number(key, InterestScore.Min, InterestScore.Max, what: "an O*NET interest score") is { } score)
                    scores.Add(new InterestScore(area, score));
            }
            interestsMap.ReportUnknownKeys();
            if (scores.Count != Areas.Count) return null;
            interests = scores;
        }
        if (interestsMap is not null && statements is null)
        {
            var profile = new FitSection(0, []) { Interests = interests };
            var composed = profile.TopAreas.SelectMany(a => AreaStatements[a]).ToList();
            return new FitSection(profile.TopAreas.Count, composed) { Interests = interests, Values = values, FiguresSource = figuresSource };
        }
        return statements is null || threshold is null ? null : new FitSection(threshold.Value, statements) { Interests = interests, Values = values, FiguresSource = figuresSource };
    }

    private protected override string DataText(FitSection f) =>
        string.Join(" ", f.Statements) + (f.Interests.Count > 0 ? " Interests: " + string.Join(", ", f.TopAreas) + "." : string.Empty)
        + (f.Values.Count > 0 ? " Work values: " + string.Join(", ", f.Values.Select(v => v.Name)) + "." : string.Empty);

    private protected override string Description(Model.CareerGuide guide, FitSection f) =>
        $"Is {guide.Title} a fit for you? Check {f.Statements.Count} statements; {f.Threshold} or more suggests it is."
        + (f.Interests.Count > 0 ? $" Strongest interest areas: {string.Join(", ", f.TopAreas)}." : string.Empty);
}
