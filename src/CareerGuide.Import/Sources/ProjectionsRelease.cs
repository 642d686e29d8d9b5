using CareerGuide.Import.Reading;

namespace CareerGuide.Import.Sources;

/// <summary>
/// BLS Employment Projections 2024-34 workbooks as published: <c>occupation.xlsx</c> (Table 1.2),
/// <c>education.xlsx</c> (Table 5.3) and <c>skills.xlsx</c> (Tables 6.2 and 6.5). Detailed occupations are
/// Table 1.2's "Line item" rows; the other tables are joined to them by code.
/// </summary>
internal static class ProjectionsRelease
{
    private const string Title = "2024 National Employment Matrix title", Code = "2024 National Employment Matrix code";

    private static readonly string[] AttainmentLevels =
    [
        "Less than high school diploma", "High school diploma or equivalent", "Some college, no degree", "Associate's degree",
        "Bachelor's degree", "Master's degree", "Doctoral or professional degree",
    ];

    private static readonly string[] Figures =
        ["Employment, 2024", "Employment, 2034", "Employment change, percent, 2024–34", "Occupational openings, 2024–34 annual average"];

    private static readonly string[] TopThree = ["Top highest skill", "Second highest skill", "Third highest skill"];

    /// <summary>The 17 skills of Table 6.5, in the table's order.</summary>
    internal static readonly string[] Skills =
    [
        "Adaptability", "Computers and information technology", "Creativity and innovation", "Critical and analytical thinking",
        "Customer service", "Detail oriented", "Fine motor", "Interpersonal", "Leadership", "Mathematics", "Mechanical",
        "Physical strength and stamina", "Problem solving and decision making", "Project management", "Science",
        "Speaking and listening", "Writing and reading",
    ];

    public static ProjectionTable Read(string folder)
    {
        var occupations = Workbook.Sheet(Path.Combine(folder, "occupation.xlsx"), "Table 1.2", [Title, Code, "Occupation type", .. Figures,
            "Typical education needed for entry", "Work experience in a related occupation",
            "Typical on-the-job training needed to attain competency in the occupation"]);
        var projections = new Dictionary<string, (string Title, Projection Projection)>(StringComparer.Ordinal);
        decimal? allOccupations = null;
        var majorGroups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in occupations.Rows)
        {
            var code = occupations.Text(row, Code);
            if (code == AllOccupationsCode)
                allOccupations = Numbers.Read(occupations.Cell(row, Figures[2]), 1);
            // A major group's summary row: "29-0000 Healthcare practitioners and technical occupations".
            else if (code.EndsWith("-0000", StringComparison.Ordinal) && occupations.Text(row, "Occupation type") == "Summary")
                majorGroups[code[..2]] = DataTable.Clean(occupations.Text(row, Title));
            if (occupations.Text(row, "Occupation type") != "Line item") continue;
            var numbers = Figures.Select(c => Numbers.Read(occupations.Cell(row, c), 1)).ToArray();
            if (numbers is not [{ } employed, { } projected, { } change, { } openings]) continue;
            projections[occupations.Text(row, Code)] = (DataTable.Clean(occupations.Text(row, Title)), new Projection(
                employed, projected, change, openings,
                occupations.Text(row, "Typical education needed for entry"),
                occupations.Text(row, "Work experience in a related occupation"),
                occupations.Text(row, "Typical on-the-job training needed to attain competency in the occupation")));
        }

        var education = Workbook.Sheet(Path.Combine(folder, "education.xlsx"), "Table 5.3", [Code, .. AttainmentLevels]);
        var attainment = new Dictionary<string, IReadOnlyList<AttainmentShare>>(StringComparer.Ordinal);
        foreach (var row in education.Rows)
        {
            var shares = AttainmentLevels.Select(level => (level, Percent: Numbers.Read(education.Cell(row, level), 1))).ToList();
            if (shares.All(s => s.Percent is not null))
                attainment[education.Text(row, Code)] = [.. shares.Select(s => new AttainmentShare(s.level, s.Percent ?? 0))];
        }

        var skillsPath = Path.Combine(folder, "skills.xlsx");
        var ranks = Workbook.Sheet(skillsPath, "Table 6.5", [Code, .. Skills]);
        var skills = new Dictionary<string, IReadOnlyList<SkillPercentile>>(StringComparer.Ordinal);
        foreach (var row in ranks.Rows)
        {
            var values = Skills.Select(skill => (skill, Rank: Numbers.Read(ranks.Cell(row, skill), 0))).ToList();
            if (values.All(v => v.Rank is >= 0 and <= 100))
                skills[ranks.Text(row, Code)] = [.. values.Select(v => new SkillPercentile(v.skill, (int)(v.Rank ?? 0)))];
        }

        var top = Workbook.Sheet(skillsPath, "Table 6.2", [Code, .. TopThree]);
        var topSkills = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in top.Rows)
        {
            var three = TopThree.Select(c => top.Text(row, c)).ToList();
            if (three.All(Skills.Contains)) topSkills[top.Text(row, Code)] = three;
        }
        if (allOccupations is not { } average)
            throw new ImportException($"{Path.Combine(folder, "occupation.xlsx")} [Table 1.2]", $"no row {AllOccupationsCode} (Total, all occupations) with a percent change; it is the figure every occupation's growth is set beside");
        return new ProjectionTable(projections, attainment, skills, topSkills) { AllOccupationsPercentChange = average, MajorGroups = majorGroups };
    }

    /// <summary>Table 1.2's summary row for all occupations.</summary>
    internal const string AllOccupationsCode = "00-0000";
}

/// <summary>Employment Projections tables by SOC code.</summary>
internal sealed record ProjectionTable(
    IReadOnlyDictionary<string, (string Title, Projection Projection)> Occupations,
    IReadOnlyDictionary<string, IReadOnlyList<AttainmentShare>> Attainment,
    IReadOnlyDictionary<string, IReadOnlyList<SkillPercentile>> Skills,
    IReadOnlyDictionary<string, IReadOnlyList<string>> TopSkills)
{
    /// <summary>The percent change in employment, 2024-34, for all occupations together.</summary>
    public decimal AllOccupationsPercentChange { get; init; }

    /// <summary>The SOC major groups' titles by their first two digits, e.g. <c>29</c> → <c>Healthcare practitioners and technical occupations</c>.</summary>
    public IReadOnlyDictionary<string, string> MajorGroups { get; init; } = new Dictionary<string, string>();
}
