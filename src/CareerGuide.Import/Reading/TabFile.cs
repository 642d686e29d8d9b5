using System.Text;

namespace CareerGuide.Import.Reading;

/// <summary>O*NET's tab-delimited text files: UTF-8, a header row, one record a line.</summary>
internal static class TabFile
{
    /// <summary>Reads <paramref name="name"/> from <paramref name="folder"/>, which must have the <paramref name="required"/> columns.</summary>
    public static DataTable Read(string folder, string name, params string[] required)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) throw new ImportException(path, $"the O*NET file '{name}' is missing; give the folder of the O*NET text release (its files as published)");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0) throw new ImportException(path, "the file is empty; it should start with a header row");
        var header = lines[0].Split('\t');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t').Select(c => (object?)c).ToArray()).ToList();
        return new DataTable(path, header, rows, required);
    }
}
