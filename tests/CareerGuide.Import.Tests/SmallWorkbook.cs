using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareerGuide.Import.Tests;

/// <summary>
/// Writes a real .xlsx with the sheets and rows given: text cells as shared strings and numbers as numbers,
/// as Excel saves them, so the import reads a small copy in the publishers' own format.
/// </summary>
internal static class SmallWorkbook
{
    public static void Write(string path, params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        book.Workbook = new Workbook(new Sheets());
        var strings = book.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>();
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            foreach (var row in rows)
            {
                var line = new Row { RowIndex = r };
                for (var c = 0; c < row.Length; c++)
                {
                    var reference = Column(c) + r;
                    switch (row[c])
                    {
                        case null:
                            break;
                        case string text:
                            if (!index.TryGetValue(text, out var at))
                            {
                                at = index.Count;
                                index[text] = at;
                                strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                            }
                            line.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at) });
                            break;
                        default:
                            line.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(row[c], System.Globalization.CultureInfo.InvariantCulture)) });
                            break;
                    }
                }
                data.AppendChild(line);
                r++;
            }
            part.Worksheet = new Worksheet(data);
            book.Workbook.Sheets!.AppendChild(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        book.Workbook.Save();
    }

    private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : Column(i / 26 - 1) + (char)('A' + i % 26);
}
