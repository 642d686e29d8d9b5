using System.Text.RegularExpressions;

namespace CareerGuide.Import.Tests;

/// <summary>The publishers' sentences that must never reach the shipped content: O*NET's occupation descriptions and task statements.</summary>
internal static class PublisherSentences
{
    private static readonly Dictionary<string, (List<string> Descriptions, List<string> Tasks)> Read = [];

    /// <summary>O*NET 30.1's occupation descriptions and the task statements (release 28), as published.</summary>
    public static (List<string> Descriptions, List<string> Tasks) Of(string data)
    {
        lock (Read)
        {
            if (Read.TryGetValue(data, out var known)) return known;
            var descriptions = File.ReadLines(Path.Combine(data, "onet-30.1", "Occupation Data.txt")).Skip(1)
                .Select(l => l.Split('\t')).Where(c => c.Length >= 3).Select(c => c[2]).ToList();
            var table = Reading.Workbook.Sheet(Path.Combine(data, "onet-tasks-28", "Task Statements.xlsx"), "Task Statements", "Task");
            var tasks = table.Rows.Select(r => table.Text(r, "Task")).Where(t => t.Length > 0).ToList();
            return Read[data] = (descriptions, tasks);
        }
    }

    /// <summary>Every run of six words in them, lower case, punctuation dropped.</summary>
    public static HashSet<string> Runs(string data)
    {
        var (descriptions, tasks) = Of(data);
        return descriptions.Concat(tasks).SelectMany(t => PlainWordsTests.Runs(t, 6)).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>
/// Figures, not sentences: no occupation description or task statement from O*NET and no explanatory sentence from
/// the BLS workbooks appears anywhere in the shipped content (the site's prose is its own).
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
        var (published, tasks) = PublisherSentences.Of(data);
        var descriptions = published.Concat(tasks).SelectMany(Sentences).ToHashSet(StringComparer.Ordinal);
        Assert.True(tasks.Count > 19000, $"only {tasks.Count} task statements were read");
        var notes = BlsNotes(data).SelectMany(Sentences).ToHashSet(StringComparer.Ordinal);
        Assert.True(descriptions.Count > 15000, $"only {descriptions.Count} description and task sentences were read");
        Assert.True(notes.Count > 10, $"only {notes.Count} note sentences were read");

        var repository = PublishedData.RepositoryContent;
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
    public void No_run_of_six_words_from_an_onet_description_or_task_statement_is_in_the_shipped_prose()
    {
        // Titles may repeat a publisher's words; the prose (summaries, duties and the Markdown body) may not.
        var runs = PublisherSentences.Runs(PublishedData.Folder!);
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(PublishedData.RepositoryContent, "careers"), "*.md"))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var summaries = SummaryBlock().Matches(text).Select(m => m.Groups["text"].Value);
            var duties = DutiesBlock().Match(text).Groups["text"].Value.Split('\n');
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            found.AddRange(summaries.Concat(duties).Append(body).SelectMany(t => PlainWordsTests.Runs(t, 6)).Where(runs.Contains)
                .Select(r => $"{Path.GetFileName(file)}: {r}"));
        }
        Assert.Empty(found);
    }

    [PublishedDataFact]
    public void No_run_of_six_words_from_an_onet_description_or_task_statement_is_in_what_the_site_composes()
    {
        // The high school plan, the fit check, the FAQ and the college sentences are written when a guide is read,
        // so they are in no file: check the guides as the site loads them.
        var runs = PublisherSentences.Runs(PublishedData.Folder!);
        var catalog = Content.Loading.ContentLoader.Load(PublishedData.RepositoryContent, DateOnly.FromDateTime(DateTime.UtcNow)).Catalog;
        var found = new List<string>();
        var checkedGuides = 0;
        foreach (var guide in catalog.Guides.Where(g => g.Section<Content.Sections.SourcesSection>()?.Imported is not null))
        {
            checkedGuides++;
            var composed = (guide.Section<Content.Sections.HighSchoolSection>()?.Actions ?? [])
                .Concat(guide.Section<Content.Sections.FitSection>()?.Statements ?? [])
                .Concat((guide.Section<Content.Sections.FaqSection>()?.EntriesOf(guide) ?? []).SelectMany(e => new[] { e.Question, Content.Model.HtmlText.Plain(e.Answer) }))
                .Append(Content.Sections.CollegeSection.SharesSentence(guide.Section<Content.Sections.EducationSection>()) ?? string.Empty);
            // The job title may repeat the publisher's words ("Are repair workers in demand?"): it is left out of the check.
            var title = new Regex(Regex.Escape(guide.Title) + "s?", RegexOptions.IgnoreCase);
            found.AddRange(composed.Select(t => title.Replace(t, " ")).SelectMany(t => PlainWordsTests.Runs(t, 6)).Where(runs.Contains).Select(r => $"{guide.Slug}: {r}"));
        }
        Assert.Equal(831, checkedGuides);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Distinct().Take(20)));
    }

    [GeneratedRegex(@"\n  summary: >-\n(?<text>(    .*\n)+)")]
    private static partial Regex SummaryBlock();

    [GeneratedRegex(@"\nday:\n  duties:\n(?<text>(    - .*\n)+)")]
    private static partial Regex DutiesBlock();

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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
