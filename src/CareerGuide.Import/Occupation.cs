namespace CareerGuide.Import;

/// <summary>
/// One detailed occupation with the publishers' figures joined on its SOC code: BLS projections and wages
/// (always), attainment and skills (when BLS has them), and O*NET's profile (when O*NET has the code).
/// Figures only: no publisher's sentence is kept.
/// </summary>
/// <param name="Soc">The 6-digit SOC code, e.g. <c>29-1141</c>.</param>
/// <param name="Title">The occupation's title as BLS's wage survey gives it, e.g. <c>Registered Nurses</c>.</param>
/// <param name="Projection">Employment Projections 2024-34, Table 1.2.</param>
/// <param name="Wages">OEWS May 2024 national wages.</param>
public sealed record Occupation(string Soc, string Title, Projection Projection, Wages Wages)
{
    /// <summary>The title as Employment Projections writes it, in sentence case (e.g. <c>Registered nurses</c>).</summary>
    public string ProjectionsTitle { get; init; } = string.Empty;

    /// <summary>The SOC major group's title, e.g. <c>Healthcare practitioners and technical occupations</c>; empty when Table 1.2 has none.</summary>
    public string MajorGroup { get; init; } = string.Empty;

    /// <summary>Table 5.3: the share of workers at each of seven education levels, as published (rounded to 0.1).</summary>
    public IReadOnlyList<AttainmentShare> Attainment { get; init; } = [];

    /// <summary>Table 6.5: the occupation's percentile rank (0-100) on each of BLS's 17 skills.</summary>
    public IReadOnlyList<SkillPercentile> Skills { get; init; } = [];

    /// <summary>Table 6.2: the three skills BLS ranks highest for the occupation, highest first.</summary>
    public IReadOnlyList<string> TopSkills { get; init; } = [];

    /// <summary>O*NET's profile of the occupation, when O*NET 30.1 has the code (<c>29-1141.00</c>).</summary>
    public OnetProfile? Onet { get; init; }

    /// <summary>The programs of study that lead to the occupation (CIP 2020 to SOC 2018 crosswalk), in the crosswalk's order.</summary>
    public IReadOnlyList<StudyProgram> Programs { get; init; } = [];
}

/// <summary>Employment Projections 2024-34 figures for one occupation (Table 1.2).</summary>
/// <param name="Employment2024">Employment in 2024, in thousands.</param>
/// <param name="Employment2034">Projected employment in 2034, in thousands.</param>
/// <param name="PercentChange">Percent change in employment, 2024-34.</param>
/// <param name="AnnualOpenings">Average openings a year, 2024-34, in thousands.</param>
/// <param name="EntryEducation">Typical education needed for entry, in BLS's words.</param>
/// <param name="WorkExperience">Work experience in a related occupation, in BLS's words.</param>
/// <param name="Training">Typical on-the-job training, in BLS's words.</param>
public sealed record Projection(decimal Employment2024, decimal Employment2034, decimal PercentChange, decimal AnnualOpenings,
    string EntryEducation, string WorkExperience, string Training);

/// <summary>One wage estimate: an amount, an amount at or above the survey's top-coding cap, or not available.</summary>
/// <param name="Amount">The amount (for a top-coded estimate, the cap); null when not available.</param>
/// <param name="TopCoded">True when the survey says only that the wage is at least <see cref="Amount"/> (<c>#</c>).</param>
public readonly record struct Wage(decimal? Amount, bool TopCoded)
{
    /// <summary>Not available (<c>*</c>).</summary>
    public static Wage NotAvailable => new(null, false);
}

/// <summary>The 10th, 25th, 50th, 75th and 90th percentile wages, per year or per hour.</summary>
public sealed record WagePercentiles(Wage P10, Wage P25, Wage Median, Wage P75, Wage P90)
{
    /// <summary>True when no percentile is available (an occupation paid only by the hour has no annual figures).</summary>
    public bool IsEmpty => new[] { P10, P25, Median, P75, P90 }.All(w => w.Amount is null);
}

/// <summary>OEWS May 2024 national wages for one occupation.</summary>
/// <param name="Employment">Employment the survey estimates, when available.</param>
/// <param name="Annual">Annual wage percentiles.</param>
/// <param name="Hourly">Hourly wage percentiles.</param>
/// <param name="HourlyOnly">True when BLS publishes only hourly wages (work not done year-round full-time, e.g. actors).</param>
/// <param name="AnnualOnly">True when BLS publishes only annual wages (e.g. airline pilots).</param>
public sealed record Wages(long? Employment, WagePercentiles Annual, WagePercentiles Hourly, bool HourlyOnly, bool AnnualOnly);

/// <summary>The share of an occupation's workers whose highest education is one level.</summary>
/// <param name="Level">The level, in BLS's words, e.g. <c>Bachelor's degree</c>.</param>
/// <param name="Percent">The percent, as published.</param>
public sealed record AttainmentShare(string Level, decimal Percent);

/// <summary>An occupation's percentile rank on one skill: the share of occupations with a strictly lower score.</summary>
/// <param name="Skill">The skill, in BLS's words.</param>
/// <param name="Percentile">0 to 100.</param>
public sealed record SkillPercentile(string Skill, int Percentile);

/// <summary>What O*NET 30.1 gives for an occupation's main O*NET-SOC code.</summary>
/// <param name="Code">The O*NET-SOC code, e.g. <c>29-1141.00</c>.</param>
/// <param name="Title">O*NET's title.</param>
public sealed record OnetProfile(string Code, string Title)
{
    /// <summary>O*NET Job Zone, 1 (little preparation) to 5 (extensive), when rated.</summary>
    public int? JobZone { get; init; }

    /// <summary>The six RIASEC interest scores (1-7), in O*NET's order: Realistic to Conventional. Empty when not rated.</summary>
    public IReadOnlyList<InterestScore> Interests { get; init; } = [];

    /// <summary>Job titles workers reported, shown on the page.</summary>
    public IReadOnlyList<string> ReportedTitles { get; init; } = [];

    /// <summary>Alternate titles, for search only.</summary>
    public IReadOnlyList<string> AlternateTitles { get; init; } = [];

    /// <summary>Related O*NET-SOC codes in O*NET's order (most related first).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The work values the work offers most (O*NET's high points), first to third; empty when not rated.</summary>
    public IReadOnlyList<WorkValueExtent> WorkValues { get; init; } = [];

    /// <summary>How important each knowledge area is to the work (O*NET 29.0), in O*NET's order; empty when not rated.</summary>
    public IReadOnlyList<KnowledgeImportance> Knowledge { get; init; } = [];

    /// <summary>The technology workers use (O*NET 30.1 Technology Skills), in the file's order.</summary>
    public IReadOnlyList<TechnologyExample> Technology { get; init; } = [];
}

/// <summary>One RIASEC interest area's score for an occupation.</summary>
/// <param name="Area">Realistic, Investigative, Artistic, Social, Enterprising or Conventional.</param>
/// <param name="Score">O*NET's occupational interest score, 1 to 7.</param>
public sealed record InterestScore(string Area, decimal Score);

/// <summary>An occupation the import leaves out, and why.</summary>
/// <param name="Soc">Its SOC code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Reason">Why, e.g. <c>no wages in OEWS May 2024</c>.</param>
public sealed record SkippedOccupation(string Soc, string Title, string Reason);

/// <summary>One of O*NET's work values and how far the work offers it, 1 to 7.</summary>
/// <param name="Name">The value, as O*NET names it: Achievement, Working Conditions, Recognition, Relationships, Support, Independence.</param>
/// <param name="Extent">1 to 7.</param>
public sealed record WorkValueExtent(string Name, decimal Extent);

/// <summary>How important one knowledge area is to an occupation.</summary>
/// <param name="Area">The area, as O*NET names it, e.g. <c>Customer and Personal Service</c>.</param>
/// <param name="Importance">1 (not important) to 5 (extremely important).</param>
public sealed record KnowledgeImportance(string Area, decimal Importance);

/// <summary>One technology workers in an occupation use.</summary>
/// <param name="Name">The example, e.g. <c>Epic Systems</c>.</param>
/// <param name="Group">O*NET's commodity title, e.g. <c>Medical software</c>.</param>
/// <param name="Hot">O*NET's Hot Technology flag: often named in employers' job postings.</param>
/// <param name="InDemand">O*NET's In Demand flag: among those named most often in job postings for this occupation.</param>
public sealed record TechnologyExample(string Name, string Group, bool Hot, bool InDemand)
{
    /// <summary>How many occupations in the release list this example.</summary>
    public int UsedBy { get; init; }
}

/// <summary>A program of study, as the Classification of Instructional Programs names it.</summary>
/// <param name="Cip">The CIP 2020 code, e.g. <c>51.3801</c>.</param>
/// <param name="Title">The program's title without the crosswalk's closing full stop, e.g. <c>Registered Nursing/Registered Nurse</c>.</param>
/// <param name="LeadsTo">How many occupations the crosswalk says the program leads to.</param>
public sealed record StudyProgram(string Cip, string Title, int LeadsTo);
