using CareerGuide.Import.Sources;

namespace CareerGuide.Import;

/// <summary>Where the publishers' files are, as the import command is given them.</summary>
/// <param name="OnetFolder">The O*NET 30.1 text release (a folder of .txt files).</param>
/// <param name="ProjectionsFolder">The Employment Projections workbooks (occupation.xlsx, education.xlsx, skills.xlsx).</param>
/// <param name="WagesFile">The OEWS national workbook, e.g. national_M2024_dl.xlsx.</param>
/// <param name="WorkValuesFile">O*NET's Work Values workbook (Work Values.xlsx).</param>
/// <param name="KnowledgeFile">O*NET 29.0's Knowledge workbook (Knowledge.xlsx), with the release's Read Me.txt beside it.</param>
/// <param name="ProgramsFile">The CIP 2020 to SOC 2018 crosswalk (CIP2020_SOC2018_Crosswalk.xlsx).</param>
public sealed record ImportSources(string OnetFolder, string ProjectionsFolder, string WagesFile, string WorkValuesFile, string KnowledgeFile, string ProgramsFile);

/// <summary>Every occupation the data covers, and those left out with the reason for each.</summary>
/// <param name="Occupations">One per detailed occupation that has both projections and wages, by SOC code.</param>
/// <param name="Skipped">The others.</param>
/// <param name="AnnualCap">OEWS's annual top-coding cap (a top-coded wage is this "or more").</param>
/// <param name="HourlyCap">OEWS's hourly top-coding cap.</param>
public sealed record OccupationSet(IReadOnlyList<Occupation> Occupations, IReadOnlyList<SkippedOccupation> Skipped, decimal AnnualCap, decimal HourlyCap)
{
    /// <summary>Employment Projections' percent change in employment for all occupations together, 2024-34.</summary>
    public decimal AllOccupationsPercentChange { get; init; }

    /// <summary>Which releases the figures come from, as their files name them.</summary>
    public Releases Releases { get; init; } = new("", "", "");
}

/// <summary>The releases an import read, as the files name them; every guide credits them.</summary>
/// <param name="OnetVersion">O*NET's database version, e.g. <c>30.1</c>.</param>
/// <param name="OnetMonth">When that version was released, e.g. <c>December 2025</c>.</param>
/// <param name="WagesPeriod">OEWS's reference period, e.g. <c>May 2024</c>.</param>
public sealed record Releases(string OnetVersion, string OnetMonth, string WagesPeriod)
{
    /// <summary>The O*NET release the knowledge ratings come from, e.g. <c>29.0</c> (its Read Me names it).</summary>
    public string KnowledgeVersion { get; init; } = OnetVersion;

    /// <summary>The Employment Projections cycle the workbooks' columns are for (the reader names them).</summary>
    public const string Projections = "2024-34";

    /// <summary>The projections' base year.</summary>
    public const int ProjectionsFrom = 2024;

    /// <summary>The projections' target year.</summary>
    public const int ProjectionsTo = 2034;
}

/// <summary>Reads the publishers' files and joins them on the SOC code (<c>29-1141</c> ↔ O*NET <c>29-1141.00</c>).</summary>
public static class OccupationImport
{
    /// <summary>
    /// Reads every file. Throws <see cref="ImportException"/>, naming the file and what is missing, when a
    /// file, sheet or column is not there; nothing is half-read.
    /// </summary>
    public static OccupationSet Read(ImportSources sources, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        progress?.Invoke("Reading the O*NET text files");
        var (onetVersion, onetMonth) = OnetRelease.ReadName(sources.OnetFolder);
        var onet = OnetRelease.Read(sources.OnetFolder);
        progress?.Invoke("Reading O*NET Work Values");
        var values = WorkValuesRelease.Read(sources.WorkValuesFile);
        progress?.Invoke("Reading O*NET Knowledge");
        var knowledge = KnowledgeRelease.Read(sources.KnowledgeFile);
        var (knowledgeVersion, _) = OnetRelease.ReadName(Path.GetDirectoryName(Path.GetFullPath(sources.KnowledgeFile))!);
        onet = onet.ToDictionary(p => p.Key, p => p.Value with
        {
            WorkValues = values.GetValueOrDefault(p.Key) ?? [],
            Knowledge = knowledge.GetValueOrDefault(p.Key) ?? [],
        }, StringComparer.Ordinal);
        progress?.Invoke("Reading the CIP 2020 to SOC 2018 crosswalk");
        var programs = ProgramsRelease.Read(sources.ProgramsFile);
        progress?.Invoke("Reading Employment Projections 2024-34 workbooks");
        var projections = ProjectionsRelease.Read(sources.ProjectionsFolder);
        progress?.Invoke("Reading the OEWS wages workbook");
        var wages = WagesRelease.Read(sources.WagesFile);
        var set = Join(onet, projections, wages);
        return set with
        {
            Occupations = [.. set.Occupations.Select(o => o with { Programs = programs.GetValueOrDefault(o.Soc) ?? [] })],
            Releases = new Releases(onetVersion, onetMonth, wages.Period) { KnowledgeVersion = knowledgeVersion },
        };
    }

    internal static OccupationSet Join(IReadOnlyDictionary<string, OnetProfile> onet, ProjectionTable projections, WageTable wages)
    {
        var occupations = new List<Occupation>();
        var skipped = new List<SkippedOccupation>();
        foreach (var (soc, (title, projection)) in projections.Occupations.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!wages.Occupations.TryGetValue(soc, out var pay))
            {
                skipped.Add(new SkippedOccupation(soc, title, "no wages in OEWS May 2024"));
                continue;
            }
            if (pay.Wages.Annual.IsEmpty && pay.Wages.Hourly.IsEmpty)
            {
                skipped.Add(new SkippedOccupation(soc, pay.Title, "OEWS May 2024 has no wage estimate for it"));
                continue;
            }
            occupations.Add(new Occupation(soc, pay.Title, projection, pay.Wages)
            {
                ProjectionsTitle = title,
                MajorGroup = projections.MajorGroups.GetValueOrDefault(soc[..2]) ?? string.Empty,
                Attainment = projections.Attainment.GetValueOrDefault(soc) ?? [],
                Skills = projections.Skills.GetValueOrDefault(soc) ?? [],
                TopSkills = projections.TopSkills.GetValueOrDefault(soc) ?? [],
                // The main O*NET-SOC code ends in .00; specialties (.01, .02 …) are O*NET's own subdivisions.
                Onet = onet.GetValueOrDefault(soc + ".00"),
            });
        }
        foreach (var (soc, (title, _)) in wages.Occupations.Where(w => !projections.Occupations.ContainsKey(w.Key)).OrderBy(w => w.Key, StringComparer.Ordinal))
            skipped.Add(new SkippedOccupation(soc, title, "no projections in Employment Projections 2024-34"));
        return new OccupationSet(occupations, skipped, wages.AnnualCap, wages.HourlyCap) { AllOccupationsPercentChange = projections.AllOccupationsPercentChange };
    }
}
