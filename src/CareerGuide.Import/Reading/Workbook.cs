using ExcelDataReader;

namespace CareerGuide.Import.Reading;

/// <summary>
/// A sheet of a publisher's .xlsx workbook, read with ExcelDataReader (the only place that touches it).
/// BLS tables start with a title row or two, then the header row, then data, then footnotes: the header
/// is the first row that has every required column.
/// </summary>
internal static class Workbook
{
    // ExcelDataReader's configuration names Windows-1252 as its fallback for old .xls files, which .NET
    // only knows once the code-page provider is registered; .xlsx itself is read as UTF-8.
    static Workbook() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static DataTable Sheet(string path, string sheet, params string[] required)
    {
        if (!File.Exists(path)) throw new ImportException(path, "the workbook is missing");
        using var stream = File.OpenRead(path);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (e is InvalidDataException or ExcelDataReader.Exceptions.HeaderException or IOException)
        {
            throw new ImportException(path, $"not an .xlsx workbook ({e.Message})");
        }
        using (reader)
        {
            var names = new List<string>();
            do
            {
                names.Add(reader.Name);
                if (reader.Name != sheet) continue;
                List<string>? header = null;
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                    if (header is not null) rows.Add(row);
                    else if (required.All(r => row.Any(c => c is string s && DataTable.Clean(s).Equals(r, StringComparison.OrdinalIgnoreCase))))
                        header = [.. row.Select(c => c as string ?? string.Empty)];
                }
                if (header is null)
                    throw new ImportException($"{path} [{sheet}]", $"no header row with the columns {string.Join(", ", required.Select(r => $"'{r}'"))}");
                return new DataTable($"{path} [{sheet}]", header, rows, required);
            }
            while (reader.NextResult());
            throw new ImportException(path, $"no sheet '{sheet}'; the sheets are: {string.Join(", ", names.Select(n => $"'{n}'"))}");
        }
    }
}
