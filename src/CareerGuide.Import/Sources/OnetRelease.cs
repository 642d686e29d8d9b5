using CareerGuide.Import.Reading;

namespace CareerGuide.Import.Sources;

/// <summary>
/// The O*NET 30.1 text release: titles, reported and alternate titles, related occupations, Job Zones,
/// interests and technology skills, by O*NET-SOC code. Occupation Data's descriptions are never read: the site's prose is its own.
/// </summary>
internal static partial class OnetRelease
{
    private const string CodeColumn = "O*NET-SOC Code";

    private static readonly string[] InterestAreas = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];

    /// <summary>
    /// The release's name and date from its <c>Read Me.txt</c>, whose first lines read "O*NET 30.1 Database" and
    /// "December 2025 Release": the version and month every page credits.
    /// </summary>
    public static (string Version, string Month) ReadName(string folder)
    {
        var path = Path.Combine(folder, "Read Me.txt");
        if (!File.Exists(path)) throw new ImportException(path, "the file is missing; it names the release (e.g. 'O*NET 30.1 Database', 'December 2025 Release') that every guide credits");
        var lines = File.ReadLines(path).Take(5).Select(l => l.Trim()).ToList();
        var version = lines.Select(l => ReleaseLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["version"].Value;
        var month = lines.Select(l => MonthLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["month"].Value;
        if (version is null || month is null)
            throw new ImportException(path, "its first lines do not name the release as 'O*NET 30.1 Database' and 'December 2025 Release'");
        return (version, month);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^O\*NET (?<version>\d+\.\d+) Database$")]
    private static partial System.Text.RegularExpressions.Regex ReleaseLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<month>[A-Z][a-z]+ \d{4}) Release$")]
    private static partial System.Text.RegularExpressions.Regex MonthLine();

    public static IReadOnlyDictionary<string, OnetProfile> Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new ImportException(folder, "the O*NET folder does not exist");
        var occupations = TabFile.Read(folder, "Occupation Data.txt", CodeColumn, "Title");
        var reported = Grouped(TabFile.Read(folder, "Sample of Reported Titles.txt", CodeColumn, "Reported Job Title"), "Reported Job Title");
        var alternateTable = TabFile.Read(folder, "Alternate Titles.txt", CodeColumn, "Alternate Title", "Short Title");
        // Short titles ("RN", "CCU Nurse") are what people type, so they are searchable too; "n/a" means none.
        var alternate = alternateTable.Rows
            .GroupBy(r => alternateTable.Text(r, CodeColumn), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(r => new[] { alternateTable.Text(r, "Alternate Title"), alternateTable.Text(r, "Short Title") })
                .Where(t => t.Length > 0 && t != "n/a").Distinct(StringComparer.OrdinalIgnoreCase).ToList(), StringComparer.Ordinal);
        var relatedTable = TabFile.Read(folder, "Related Occupations.txt", CodeColumn, "Related O*NET-SOC Code", "Index");
        var related = relatedTable.Rows
            .GroupBy(r => relatedTable.Text(r, CodeColumn), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => Numbers.Read(relatedTable.Cell(r, "Index"), 0) ?? decimal.MaxValue)
                .Select(r => relatedTable.Text(r, "Related O*NET-SOC Code")).ToList(), StringComparer.Ordinal);
        var zones = TabFile.Read(folder, "Job Zones.txt", CodeColumn, "Job Zone");
        var zoneByCode = zones.Rows.ToDictionary(r => zones.Text(r, CodeColumn), r => (int?)Numbers.Read(zones.Cell(r, "Job Zone"), 0), StringComparer.Ordinal);
        var interests = TabFile.Read(folder, "Interests.txt", CodeColumn, "Element Name", "Scale ID", "Data Value");
        var interestByCode = interests.Rows
            .Where(r => interests.Text(r, "Scale ID") == "OI")
            .GroupBy(r => interests.Text(r, CodeColumn), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => interests.Text(r, "Element Name"), r => Numbers.Read(interests.Cell(r, "Data Value"), 2)), StringComparer.Ordinal);
        var technology = TabFile.Read(folder, "Technology Skills.txt", CodeColumn, "Example", "Commodity Title", "Hot Technology", "In Demand");
        // How many occupations list each example: a guide shows the widely used ones before the rare.
        var usedBy = technology.Rows
            .GroupBy(r => technology.Text(r, "Example"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => technology.Text(r, CodeColumn)).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var technologyByCode = technology.Rows
            .GroupBy(r => technology.Text(r, CodeColumn), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new TechnologyExample(technology.Text(r, "Example"), technology.Text(r, "Commodity Title"),
                Hot: technology.Text(r, "Hot Technology") == "Y", InDemand: technology.Text(r, "In Demand") == "Y") { UsedBy = usedBy[technology.Text(r, "Example")] }).ToList(), StringComparer.Ordinal);

        var profiles = new Dictionary<string, OnetProfile>(StringComparer.Ordinal);
        foreach (var row in occupations.Rows)
        {
            var code = occupations.Text(row, CodeColumn);
            var scores = interestByCode.GetValueOrDefault(code);
            profiles[code] = new OnetProfile(code, occupations.Text(row, "Title"))
            {
                JobZone = zoneByCode.GetValueOrDefault(code),
                Interests = scores is not null && InterestAreas.All(a => scores.GetValueOrDefault(a) is not null)
                    ? [.. InterestAreas.Select(a => new InterestScore(a, scores[a] ?? 0))]
                    : [],
                ReportedTitles = reported.GetValueOrDefault(code) ?? [],
                AlternateTitles = alternate.GetValueOrDefault(code) ?? [],
                Related = related.GetValueOrDefault(code) ?? [],
                Technology = technologyByCode.GetValueOrDefault(code) ?? [],
            };
        }
        return profiles;
    }

    private static Dictionary<string, List<string>> Grouped(DataTable table, string column) =>
        table.Rows.GroupBy(r => table.Text(r, CodeColumn), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => table.Text(r, column)).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), StringComparer.Ordinal);
}
