using System.Globalization;
using System.Text.RegularExpressions;
using CareerGuide.Import.Reading;

namespace CareerGuide.Import.Sources;

/// <summary>
/// OEWS national wages (<c>national_M2024_dl.xlsx</c>): one row per occupation and level of detail; the
/// import keeps the detailed occupations. <c>#</c> marks a wage at or above the top-coding cap that the
/// workbook's Field Descriptions state; <c>*</c> marks a wage that is not available.
/// </summary>
internal static partial class WagesRelease
{
    private static readonly string[] Annual = ["A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"];
    private static readonly string[] Hourly = ["H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"];

    /// <summary>The detailed occupations' wages by SOC code, with their titles, and the caps for top-coded wages.</summary>
    public static WageTable Read(string path)
    {
        var sheet = Path.GetFileNameWithoutExtension(path);
        var table = Workbook.Sheet(path, sheet, ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "ANNUAL", "HOURLY", .. Annual, .. Hourly]);
        var caps = Caps(path);
        var wages = new Dictionary<string, (string Title, Wages Wages)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (table.Text(row, "O_GROUP") != "detailed") continue;
            var code = table.Text(row, "OCC_CODE");
            var annual = Percentiles(table, row, Annual, caps.Annual, places: 0);
            var hourly = Percentiles(table, row, Hourly, caps.Hourly, places: 2);
            var employment = Numbers.Read(table.Cell(row, "TOT_EMP"), 0) is { } e ? (long)e : (long?)null;
            wages[code] = (table.Text(row, "OCC_TITLE"), new Wages(employment, annual, hourly,
                HourlyOnly: table.Text(row, "HOURLY").Equals("TRUE", StringComparison.OrdinalIgnoreCase),
                AnnualOnly: table.Text(row, "ANNUAL").Equals("TRUE", StringComparison.OrdinalIgnoreCase)));
        }
        return new WageTable(wages, caps.Annual, caps.Hourly) { Period = caps.Period };
    }

    private static WagePercentiles Percentiles(DataTable table, object?[] row, string[] columns, decimal cap, int places)
    {
        var w = columns.Select(c => table.Cell(row, c) switch
        {
            string s when s.Trim() == "#" => new Wage(cap, TopCoded: true),
            var cell => Numbers.Read(cell, places) is { } amount ? new Wage(amount, false) : Wage.NotAvailable,
        }).ToArray();
        return new WagePercentiles(w[0], w[1], w[2], w[3], w[4]);
    }

    // "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year"
    // The sheet's title, "May 2024 OEWS Estimates", names the survey's reference period.
    private static (decimal Annual, decimal Hourly, string Period) Caps(string path)
    {
        var notes = Workbook.Sheet(path, "Field Descriptions");
        var cells = notes.Rows.Prepend([.. notes.ColumnNames]).SelectMany(r => r.OfType<string>()).ToList();
        var period = cells.Select(c => PeriodTitle().Match(c.Trim())).FirstOrDefault(m => m.Success)?.Groups["period"].Value
            ?? throw new ImportException($"{path} [Field Descriptions]", "no title naming the estimates' period (\"May 2024 OEWS Estimates\"), which every guide credits");
        foreach (var cell in cells)
        {
            var match = CapSentence().Match(cell);
            if (match.Success)
            {
                return (decimal.Parse(match.Groups["year"].Value, NumberStyles.Number, CultureInfo.InvariantCulture),
                    decimal.Parse(match.Groups["hour"].Value, NumberStyles.Number, CultureInfo.InvariantCulture), period);
            }
        }
        throw new ImportException($"{path} [Field Descriptions]", "no line saying what '#' means (\"# = indicates a wage equal to or greater than $… per hour or $… per year\"), so top-coded wages cannot be shown");
    }

    [GeneratedRegex(@"^(?<period>[A-Z][a-z]+ \d{4}) OEWS Estimates$")]
    private static partial Regex PeriodTitle();

    [GeneratedRegex(@"#\s*=.*?\$(?<hour>[\d,]+(\.\d+)?)\s*per hour or \$(?<year>[\d,]+)\s*per year")]
    private static partial Regex CapSentence();
}

/// <summary>OEWS wages by SOC code, with the survey's top-coding caps.</summary>
/// <param name="Occupations">Each detailed occupation's title and wages.</param>
/// <param name="AnnualCap">The annual wage at or above which estimates are top-coded.</param>
/// <param name="HourlyCap">The hourly wage at or above which estimates are top-coded.</param>
internal sealed record WageTable(IReadOnlyDictionary<string, (string Title, Wages Wages)> Occupations, decimal AnnualCap, decimal HourlyCap)
{
    /// <summary>The estimates' reference period, e.g. <c>May 2024</c>.</summary>
    public string Period { get; init; } = string.Empty;
}
