namespace CareerGuide.Import.Reading;

/// <summary>
/// Rows of a publisher's table under its header row, read by column name. Cells are kept as the file has
/// them: a string, a number (double, from a workbook) or null for an empty cell.
/// </summary>
internal sealed class DataTable
{
    private readonly Dictionary<string, int> columns;

    public DataTable(string file, IReadOnlyList<string> header, IReadOnlyList<object?[]> rows, IEnumerable<string> required)
    {
        File = file;
        columns = header.Select((name, i) => (Name: Clean(name), i)).Where(c => c.Name.Length > 0)
            .DistinctBy(c => c.Name).ToDictionary(c => c.Name, c => c.i, StringComparer.OrdinalIgnoreCase);
        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new ImportException(file, $"no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; the columns are: {string.Join(", ", columns.Keys.Select(k => $"'{k}'"))}");
        Rows = rows;
    }

    /// <summary>The file (and sheet) the table came from, for messages.</summary>
    public string File { get; }

    /// <summary>The rows below the header, as they stand.</summary>
    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>The cell of <paramref name="row"/> under <paramref name="column"/> (a column the table was required to have).</summary>
    public object? Cell(object?[] row, string column) => columns.TryGetValue(column, out var i) && i < row.Length ? row[i] : null;

    /// <summary>The cell as trimmed text; empty for an empty cell.</summary>
    public string Text(object?[] row, string column) => Cell(row, column) switch
    {
        null => string.Empty,
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };

    /// <summary>All column names, in file order.</summary>
    public IEnumerable<string> ColumnNames => columns.OrderBy(c => c.Value).Select(c => c.Key);

    // Headers carry footnote marks ("Median annual wage, dollars, 2024[1]") and stray spaces.
    internal static string Clean(string name)
    {
        var text = name.Trim();
        var mark = text.IndexOf('[', StringComparison.Ordinal);
        return (mark > 0 && text.EndsWith(']') ? text[..mark] : text).Trim();
    }
}
