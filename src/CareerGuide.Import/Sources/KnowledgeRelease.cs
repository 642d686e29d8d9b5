using CareerGuide.Import.Reading;

namespace CareerGuide.Import.Sources;

/// <summary>
/// O*NET Knowledge (<c>Knowledge.xlsx</c>, sheet <c>Knowledge</c>, release 29.0): how important each of 33 knowledge
/// areas is to an occupation (<c>IM</c>, 1 to 5). Levels (<c>LV</c>) and estimates O*NET recommends suppressing are
/// not read.
/// </summary>
internal static class KnowledgeRelease
{
    /// <summary>Each O*NET-SOC code's importance ratings, in the file's order (O*NET's element order).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<KnowledgeImportance>> Read(string path)
    {
        var table = Workbook.Sheet(path, "Knowledge", "O*NET-SOC Code", "Element Name", "Scale ID", "Data Value", "Recommend Suppress");
        var byCode = new Dictionary<string, List<KnowledgeImportance>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (table.Text(row, "Scale ID") != "IM" || table.Text(row, "Recommend Suppress") == "Y") continue;
            if (Numbers.Read(table.Cell(row, "Data Value"), 2) is not { } importance) continue;
            var code = table.Text(row, "O*NET-SOC Code");
            if (!byCode.TryGetValue(code, out var list)) byCode[code] = list = [];
            list.Add(new KnowledgeImportance(table.Text(row, "Element Name"), importance));
        }
        return byCode.ToDictionary(p => p.Key, p => (IReadOnlyList<KnowledgeImportance>)p.Value, StringComparer.Ordinal);
    }
}
