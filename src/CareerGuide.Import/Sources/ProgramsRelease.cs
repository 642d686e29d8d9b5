using CareerGuide.Import.Reading;

namespace CareerGuide.Import.Sources;

/// <summary>
/// The CIP 2020 to SOC 2018 crosswalk (NCES with BLS; <c>CIP2020_SOC2018_Crosswalk.xlsx</c>, sheet <c>CIP-SOC</c>):
/// the programs of study that lead to each occupation. "NO MATCH" pairs (CIP <c>99.9999</c> or SOC <c>99-9999</c>) are
/// a program that leads to no occupation or an occupation no program leads to, and are left out.
/// </summary>
internal static class ProgramsRelease
{
    private const string Cip = "CIP2020Code", CipTitle = "CIP2020Title", Soc = "SOC2018Code", NoMatchCip = "99.9999", NoMatchSoc = "99-9999";

    /// <summary>Each SOC code's programs in the sheet's order, each with how many occupations it leads to.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<StudyProgram>> Read(string path)
    {
        var table = Workbook.Sheet(path, "CIP-SOC", Cip, CipTitle, Soc, "SOC2018Title");
        var pairs = table.Rows
            .Select(r => (Cip: table.Text(r, Cip), Title: table.Text(r, CipTitle).TrimEnd('.'), Soc: table.Text(r, Soc)))
            .Where(p => p.Cip.Length > 0 && p.Soc.Length > 0 && p.Soc != NoMatchSoc && p.Cip != NoMatchCip)
            .Distinct()
            .ToList();
        var leadsTo = pairs.GroupBy(p => p.Cip, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return pairs.GroupBy(p => p.Soc, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => (IReadOnlyList<StudyProgram>)[.. g.Select(p => new StudyProgram(p.Cip, p.Title, leadsTo[p.Cip]))], StringComparer.Ordinal);
    }
}
