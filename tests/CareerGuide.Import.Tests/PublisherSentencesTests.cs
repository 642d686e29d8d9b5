using System.Text.RegularExpressions;

namespace CareerGuide.Import.Tests;

/// <summary>
/// Figures, not sentences: no occupation description from O*NET and no explanatory sentence from the BLS
/// workbooks appears anywhere in the shipped content (the site's prose is its own).
/// </summary>
public sealed partial class PublisherSentencesTests
{
    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(Normalize).Where(s => s.Split(' ').Length >= 6);

    [PublishedDataFact]
    public void No_onet_description_or_bls_note_sentence_is_in_the_shipped_content()
    {
        var data = PublishedData.Folder!;
        var descriptions = File.ReadLines(Path.Combine(data, "onet-30.1", "Occupation Data.txt")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c.Length >= 3).SelectMany(c => Sentences(c[2])).ToHashSet(StringComparer.Ordinal);
        var notes = BlsNotes(data).SelectMany(Sentences).ToHashSet(StringComparer.Ordinal);
        Assert.True(descriptions.Count > 1000, $"only {descriptions.Count} description sentences were read");
        Assert.True(notes.Count > 10, $"only {notes.Count} note sentences were read");

        var repository = RepositoryContent();
        var files = Directory.EnumerateFiles(repository, "*.md", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 800, $"{files.Count} content files");
        var found = new List<string>();
        foreach (var file in files)
        {
            var text = Normalize(File.ReadAllText(file));
            found.AddRange(descriptions.Concat(notes).Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"{Path.GetFileName(file)}: {s}"));
        }
        Assert.Empty(found);
    }

    [PublishedDataFact]
    public void No_run_of_six_words_from_an_onet_description_is_in_the_shipped_prose()
    {
        // Titles may repeat a description's words; the prose (summaries and the Markdown body) may not.
        var runs = File.ReadLines(Path.Combine(PublishedData.Folder!, "onet-30.1", "Occupation Data.txt")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c.Length >= 3).SelectMany(c => Runs(c[2])).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryContent(), "careers"), "*.md"))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var summary = SummaryBlock().Match(text).Groups["text"].Value;
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            found.AddRange(Runs(summary + "\n" + body).Where(runs.Contains).Select(r => $"{Path.GetFileName(file)}: {r}"));
        }
        Assert.Empty(found);
    }

    // Every run of six words, lower case, punctuation dropped.
    private static IEnumerable<string> Runs(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + 6 <= words.Length; i++) yield return string.Join(' ', words[i..(i + 6)]);
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\n  summary: >-\n(?<text>(    .*\n)+)")]
    private static partial Regex SummaryBlock();

    [Fact]
    public void The_check_finds_a_copied_sentence()
    {
        const string description = "Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records.";
        var sentences = Sentences(description).ToList();
        Assert.Single(sentences);
        Assert.Contains(sentences[0], Normalize("summary: >-\n    Assess patient health problems and needs, develop and implement nursing care plans,\n    and maintain medical records."), StringComparison.Ordinal);
    }

    // The BLS workbooks' explanatory text: OEWS's field descriptions and the footnotes under Table 1.2.
    private static IEnumerable<string> BlsNotes(string data)
    {
        var oews = Reading.Workbook.Sheet(Path.Combine(data, "bls-oews-may-2024", "national_M2024_dl.xlsx"), "Field Descriptions");
        var table = Reading.Workbook.Sheet(Path.Combine(data, "bls-ep-2024-34", "occupation.xlsx"), "Table 1.2", "2024 National Employment Matrix code");
        // Table 1.2's footnotes are the rows without an occupation code; the rows with one hold titles, which may be used.
        var footnotes = table.Rows.Where(r => !System.Text.RegularExpressions.Regex.IsMatch(table.Text(r, "2024 National Employment Matrix code"), @"^\d{2}-\d{4}$"));
        return oews.Rows.Concat(footnotes).SelectMany(r => r.OfType<string>()).Where(t => t.Split(' ').Length >= 6);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerGuide.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("CareerGuide.sln not found");
    }

    private static string RepositoryContent() => Path.Combine(RepositoryRoot(), "content");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
