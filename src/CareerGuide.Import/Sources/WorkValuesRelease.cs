using CareerGuide.Import.Reading;

namespace CareerGuide.Import.Sources;

/// <summary>
/// O*NET Work Values (<c>Work Values.xlsx</c>, sheet <c>Work Values</c>): each occupation's extent (<c>EX</c>, 1 to 7)
/// on the six values, and its high points (<c>VH</c>: first, second and third, as the values' numbers 1 to 6 in
/// O*NET's order; 0 where there is no third).
/// </summary>
internal static class WorkValuesRelease
{
    /// <summary>The six values in O*NET's order (element 1.B.2.a to 1.B.2.f): a high point's number is its place here.</summary>
    public static readonly IReadOnlyList<string> Names = ["Achievement", "Working Conditions", "Recognition", "Relationships", "Support", "Independence"];

    /// <summary>Each O*NET-SOC code's high-point values, first to third, with their extents.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<WorkValueExtent>> Read(string path)
    {
        var table = Workbook.Sheet(path, "Work Values", "O*NET-SOC Code", "Element Name", "Scale ID", "Data Value");
        var extents = new Dictionary<(string Code, string Name), decimal>();
        var highPoints = new Dictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = table.Text(row, "O*NET-SOC Code");
            var element = table.Text(row, "Element Name");
            if (Numbers.Read(table.Cell(row, "Data Value"), 2) is not { } value) continue;
            switch (table.Text(row, "Scale ID"))
            {
                case "EX":
                    extents[(code, element)] = value;
                    break;
                case "VH" when value is >= 1 and <= 6:
                    if (!highPoints.TryGetValue(code, out var points)) highPoints[code] = points = new(StringComparer.Ordinal);
                    points[element] = (int)value;
                    break;
            }
        }
        // "First Work Value High-Point", "Second …", "Third …": in that order, each value once.
        string[] order = ["First", "Second", "Third"];
        return highPoints.ToDictionary(p => p.Key, p => (IReadOnlyList<WorkValueExtent>)[.. order
            .Select(o => p.Value.FirstOrDefault(e => e.Key.StartsWith(o + " ", StringComparison.Ordinal)).Value)
            .Where(n => n > 0)
            .Distinct()
            .Select(n => Names[n - 1])
            .Where(name => extents.ContainsKey((p.Key, name)))
            .Select(name => new WorkValueExtent(name, extents[(p.Key, name)]))], StringComparer.Ordinal);
    }
}
