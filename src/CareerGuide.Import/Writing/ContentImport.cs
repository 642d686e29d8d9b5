using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerGuide.Import.Writing;

/// <summary>What an import will do, or did, to one content folder.</summary>
public sealed record ImportPlan(string CareersFolder)
{
    /// <summary>New files, by path, with their text.</summary>
    public List<(string Path, string Text)> Written { get; } = [];

    /// <summary>Files whose imported fields changed, by path, with their new text.</summary>
    public List<(string Path, string Text)> Updated { get; } = [];

    /// <summary>Files whose imported fields are already up to date.</summary>
    public List<string> Unchanged { get; } = [];

    /// <summary>Occupations with no guide written, and why (no wages, an editor's file in the way, ...).</summary>
    public List<(string What, string Reason)> Skipped { get; } = [];

    /// <summary>Imported files whose occupation is no longer in the data: left in place, never deleted.</summary>
    public List<(string Path, string Reason)> Kept { get; } = [];
}

/// <summary>
/// Writes the composed guides into <c>careers/</c>: a new file per occupation, or, where a file for the
/// occupation exists, only the fields the import owns, keeping every other line of the file (the editor's
/// title, sections and prose) as it was. A file without the import's marker is an editor's and is never touched.
/// </summary>
public static partial class ContentImport
{
    /// <summary>The first line of the import's note at the top of every file it writes: how the next import finds its files.</summary>
    public const string Marker = "# Imported from public data by the import command";

    /// <summary>Keys inside an owned field that are the editors': kept, lines and place, when the field is rewritten.</summary>
    public static readonly IReadOnlyDictionary<string, string> EditorKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["snapshot"] = "summary",
    };

    private static readonly string Header = string.Join("\n",
        "# yaml-language-server: $schema=../schema/career.schema.json",
        Marker + " (see content/README.md):",
        "#   dotnet run --project src/CareerGuide.Web -- import --onet DIR --projections DIR --wages FILE --work-values FILE --knowledge FILE --programs FILE",
        $"# It owns these comment lines and the fields {string.Join(", ", GuideComposer.OwnedFields.Select(f => EditorKeys.TryGetValue(f, out var k) ? $"{f} (all but its {k})" : f))},",
        "# and rewrites them on every run. Everything else is yours and is kept word for word: the title,",
        "# snapshot.summary (what the work is), aliases, day (the main duties), any section you add (why it",
        "# matters, FAQ, ...) and all the prose below the front matter.") + "\n";


    /// <summary>Plans the import into a content folder; nothing is written.</summary>
    public static ImportPlan Plan(OccupationSet set, string contentFolder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(set);
        var careers = Path.Combine(contentFolder, "careers");
        var plan = new ImportPlan(careers);
        var imported = new Dictionary<string, (string Path, string Text)>(StringComparer.Ordinal);
        var editors = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(careers))
        {
            foreach (var path in Directory.EnumerateFiles(careers, "*.md").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(path);
                taken.Add(Path.GetFileNameWithoutExtension(path));
                var soc = SocLine().Match(text) is { Success: true } m ? m.Groups["soc"].Value : null;
                if (!IsImported(text)) { if (soc is not null) editors.TryAdd(soc, path); continue; }
                if (soc is null) plan.Kept.Add((path, "has the import's marker but no snapshot.soc, so it matches no occupation; left as it is"));
                else if (!imported.TryAdd(soc, (path, text))) plan.Kept.Add((path, $"a second file for {soc} (the first is {Path.GetFileName(imported[soc].Path)}); left as it is"));
            }
        }

        foreach (var skipped in set.Skipped) plan.Skipped.Add(($"{skipped.Soc} {skipped.Title}", skipped.Reason));
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var occupation in set.Occupations)
        {
            covered.Add(occupation.Soc);
            if (imported.TryGetValue(occupation.Soc, out var existing))
            {
                // Same figures as last time: keep the date they were imported, so the file stays byte for byte.
                var before = ImportedDate(existing.Text) ?? today;
                var same = Merge(existing.Text, GuideComposer.Compose(occupation, set, before));
                if (same == existing.Text) plan.Unchanged.Add(existing.Path);
                else plan.Updated.Add((existing.Path, Merge(existing.Text, GuideComposer.Compose(occupation, set, today))));
                continue;
            }
            if (editors.TryGetValue(occupation.Soc, out var editorFile))
            {
                plan.Skipped.Add(($"{occupation.Soc} {occupation.Title}", $"{Path.GetFileName(editorFile)} is an editor's guide for it (no import marker); left alone"));
                continue;
            }
            var guide = GuideComposer.Compose(occupation, set, today);
            var slug = taken.Contains(guide.Slug) ? $"{guide.Slug}-{occupation.Soc.Replace("-", string.Empty, StringComparison.Ordinal)}" : guide.Slug;
            if (taken.Contains(slug))
            {
                plan.Skipped.Add(($"{occupation.Soc} {occupation.Title}", $"careers/{guide.Slug}.md and careers/{slug}.md are both taken"));
                continue;
            }
            taken.Add(slug);
            plan.Written.Add((Path.Combine(careers, slug + ".md"), NewFile(guide)));
        }
        foreach (var (soc, file) in imported.Where(i => !covered.Contains(i.Key)).OrderBy(i => i.Key, StringComparer.Ordinal))
            plan.Kept.Add((file.Path, $"{soc} is not in this release's data; the guide is left as it is (delete it yourself if it should go)"));
        return plan;
    }

    /// <summary>
    /// Writes a plan: every file is first written beside its target, then all are moved into place, so a
    /// failure part-way leaves the folder as it was (the temporary files are removed).
    /// </summary>
    public static void Apply(ImportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(plan.CareersFolder);
        var staged = new List<(string Temp, string Path)>();
        try
        {
            foreach (var (path, text) in plan.Written.Concat(plan.Updated))
            {
                var temp = path + ".import-tmp";
                File.WriteAllText(temp, text, new UTF8Encoding(false));
                staged.Add((temp, path));
            }
        }
        catch
        {
            foreach (var (temp, _) in staged) File.Delete(temp);
            throw;
        }
        foreach (var (temp, path) in staged) File.Move(temp, path, overwrite: true);
    }

    /// <summary>True when a file carries the import's marker in its front matter.</summary>
    public static bool IsImported(string text) => text.Split('\n').TakeWhile((l, i) => i == 0 || l.TrimEnd() != "---").Any(l => l.StartsWith(Marker, StringComparison.Ordinal));

    private static string NewFile(ComposedGuide guide)
    {
        var text = new StringBuilder("---\n").Append(Header).Append("title: ").Append(YamlText.Scalar(guide.Title)).Append('\n');
        foreach (var (_, yaml) in guide.Fields) text.Append('\n').Append(yaml);
        return text.Append("---\n").ToString();
    }

    /// <summary>
    /// The file with the owned fields replaced by the composed ones and the import's comment lines renewed;
    /// every other line (editor fields, their comments, the body) is kept as it was, in place.
    /// </summary>
    internal static string Merge(string existing, ComposedGuide guide)
    {
        var text = existing.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (lines[0].TrimEnd() != "---" || close < 0) return NewFile(guide) + text;
        var front = lines[1..close];
        var rest = string.Join("\n", lines[close..]);

        // Leading comment lines are the import's; then one block per top-level key, a block running to the
        // next top-level key, less its trailing blank and comment lines, which belong to what follows.
        var start = 0;
        while (start < front.Length && front[start].StartsWith('#')) start++;
        var blocks = new List<(string? Key, List<string> Lines)>();
        var trivia = new List<string>();
        for (var i = start; i < front.Length; i++)
        {
            var line = front[i];
            if (TopKey().Match(line) is { Success: true } key)
            {
                if (blocks.Count > 0) MoveTrailingTrivia(blocks[^1].Lines, trivia);
                blocks.Add((null, [.. trivia]));
                trivia.Clear();
                blocks.Add((key.Groups["key"].Value, [line]));
            }
            else if (blocks.Count == 0) trivia.Add(line);
            else blocks[^1].Lines.Add(line);
        }
        if (blocks.Count > 0) MoveTrailingTrivia(blocks[^1].Lines, trivia);
        blocks.Add((null, [.. trivia]));

        var composed = guide.Fields.ToDictionary(f => f.Key, f => f.Yaml.TrimEnd('\n').Split('\n').ToList(), StringComparer.Ordinal);
        foreach (var (key, yaml) in guide.Fields)
        {
            var at = blocks.FindIndex(b => b.Key == key);
            if (at >= 0) { blocks[at] = (key, KeepEditorKey(key, blocks[at].Lines, composed[key])); continue; }
            // A field the file lacks goes after the owned field before it, or after the title.
            var order = GuideComposer.OwnedFields.ToList();
            var after = blocks.FindLastIndex(b => b.Key is not null && order.IndexOf(b.Key) >= 0 && order.IndexOf(b.Key) < order.IndexOf(key));
            if (after < 0) after = blocks.FindIndex(b => b.Key == "title");
            blocks.Insert(after + 1, (key, composed[key]));
            blocks.Insert(after + 1, (null, [string.Empty]));
        }
        if (!blocks.Any(b => b.Key == "title"))
            blocks.Insert(0, ("title", [$"title: {YamlText.Scalar(guide.Title)}"]));

        var result = new StringBuilder("---\n").Append(Header);
        foreach (var (_, blockLines) in blocks)
            foreach (var line in blockLines) result.Append(line).Append('\n');
        return result.Append(rest).ToString();
    }

    // The editor's key inside an owned field (snapshot.summary): its lines, as they were, first in the new field.
    private static List<string> KeepEditorKey(string field, List<string> existing, List<string> composed)
    {
        if (!EditorKeys.TryGetValue(field, out var key)) return composed;
        var start = existing.FindIndex(l => l.StartsWith($"  {key}:", StringComparison.Ordinal));
        if (start < 0) return composed;
        var end = start + 1;
        while (end < existing.Count && (existing[end].StartsWith("   ", StringComparison.Ordinal) || existing[end].Trim().Length == 0)) end++;
        while (end > start + 1 && existing[end - 1].Trim().Length == 0) end--;
        return [composed[0], .. existing[start..end], .. composed.Skip(1)];
    }

    private static void MoveTrailingTrivia(List<string> lines, List<string> trivia)
    {
        var keep = lines.Count;
        while (keep > 1 && (lines[keep - 1].Trim().Length == 0 || lines[keep - 1].StartsWith('#'))) keep--;
        trivia.InsertRange(0, lines.Skip(keep));
        lines.RemoveRange(keep, lines.Count - keep);
    }

    private static DateOnly? ImportedDate(string text) =>
        ImportedLine().Match(text) is { Success: true } m
        && DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex TopKey();

    [GeneratedRegex(@"^  soc: (?<soc>\d{2}-\d{4})\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SocLine();

    [GeneratedRegex(@"^  imported: (?<date>\d{4}-\d{2}-\d{2})\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ImportedLine();
}
