using System.Text.RegularExpressions;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;

namespace CareerGuide.Import.Tests;

/// <summary>
/// What every imported guide says the work is, in the editors' words: a definition (snapshot.summary) and the main
/// duties (day.duties). Checked over the shipped content, and each check on a planted example that must fail it.
/// </summary>
public sealed partial class PlainWordsTests
{
    /// <summary>One guide's words: its definition and duties.</summary>
    public sealed record GuideWords(string Slug, string Title, string Definition, IReadOnlyList<string> Duties);

    private static readonly Lazy<IReadOnlyList<GuideWords>> ShippedWords = new(() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(PublishedData.RepositoryContent, "careers"), "*.md").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Where(f => Writing.ContentImport.IsImported(f.Text))
            .Select(f =>
            {
                var slug = Path.GetFileNameWithoutExtension(f.Path);
                var guide = CareerGuideParser.Parse(slug + ".md", slug, f.Text, new DateOnly(2026, 12, 3)).Value!;
                return new GuideWords(slug, guide.Title, guide.Section<SnapshotSection>()!.Summary, guide.Section<DaySection>()?.Duties ?? []);
            }),
    ]);

    // ---- The checks ----

    /// <summary>Lengths and counts: a definition of 20 to 60 words in two or three sentences, none over 30 words; three to five duties of at most 14 words, each starting with a verb.</summary>
    public static IEnumerable<string> LengthProblems(GuideWords g)
    {
        var words = Words(g.Definition).Length;
        if (words is < 20 or > 60) yield return $"{g.Slug}: the definition has {words} words (20 to 60)";
        var sentences = Sentences(g.Definition);
        if (sentences.Count is < 2 or > 3) yield return $"{g.Slug}: the definition has {sentences.Count} sentences (2 or 3)";
        foreach (var s in sentences.Where(s => Words(s).Length > 30)) yield return $"{g.Slug}: a sentence of {Words(s).Length} words: {s}";
        if (g.Duties.Count is < 3 or > 5) yield return $"{g.Slug}: {g.Duties.Count} duties (3 to 5)";
        foreach (var d in g.Duties)
        {
            if (Words(d).Length > 14) yield return $"{g.Slug}: a duty of {Words(d).Length} words: {d}";
            var first = d.Split(' ')[0];
            if (!StartsWithAVerb(first))
                yield return $"{g.Slug}: a duty that does not start with a verb: {d}";
        }
    }

    // A duty says what the worker does ("Check ..."): not a pronoun, article or adverb, nor "Checking ...". A heuristic,
    // not a grammar: verbs that end like those (Bring, String, Apply, Supply) pass.
    private static bool StartsWithAVerb(string first)
    {
        var word = first.ToLowerInvariant();
        return char.IsUpper(first[0]) && !NotVerbs.Contains(word)
            && !(word.Length >= 7 && word.EndsWith("ing", StringComparison.Ordinal))
            && !(word.Length >= 7 && word.EndsWith("ly", StringComparison.Ordinal) && !VerbsInLy.Contains(word));
    }

    private static readonly HashSet<string> NotVerbs = ["the", "a", "an", "they", "he", "she", "you", "we", "it", "this", "these", "their", "often", "may", "can", "most", "some", "all", "also", "each", "every", "other", "many", "usually", "always", "never"];

    private static readonly HashSet<string> VerbsInLy = ["multiply", "simplify", "identify", "classify", "certify", "clarify", "notify", "qualify", "verify", "specify", "modify", "justify", "rectify", "solidify", "purify", "amplify", "quantify", "supply", "apply", "comply", "reply"];

    /// <summary>Runs of <paramref name="length"/> words that two guides share, outside the words of either guide's title.</summary>
    public static IEnumerable<string> SharedRuns(IReadOnlyList<GuideWords> guides, int length = 10)
    {
        var seen = new Dictionary<string, GuideWords>(StringComparer.Ordinal);
        foreach (var g in guides)
        {
            var title = Words(g.Title).ToHashSet(StringComparer.Ordinal);
            foreach (var run in Texts(g).SelectMany(t => Runs(t, length)).Distinct(StringComparer.Ordinal))
            {
                if (seen.TryGetValue(run, out var other) && other.Slug != g.Slug)
                {
                    var titles = title.Concat(Words(other.Title)).ToHashSet(StringComparer.Ordinal);
                    if (!run.Split(' ').All(titles.Contains)) yield return $"{other.Slug} and {g.Slug}: \"{run}\"";
                }
                else seen.TryAdd(run, g);
            }
        }
    }

    /// <summary>Runs of six words shared with the publishers' sentences.</summary>
    public static IEnumerable<string> PublisherRuns(IReadOnlyList<GuideWords> guides, IReadOnlySet<string> publisherRuns) =>
        guides.SelectMany(g => Texts(g).SelectMany(t => Runs(t, 6)).Where(publisherRuns.Contains).Select(r => $"{g.Slug}: \"{r}\""));

    /// <summary>The Flesch-Kincaid grade of a text: 0.39 words per sentence + 11.8 syllables per word - 15.59.</summary>
    public static double Grade(string text)
    {
        var words = Words(text);
        var sentences = Math.Max(1, Sentences(text).Count);
        return 0.39 * words.Length / sentences + 11.8 * words.Sum(Syllables) / (double)Math.Max(1, words.Length) - 15.59;
    }

    /// <summary>The median grade of the guides' definitions.</summary>
    public static double MedianGrade(IReadOnlyList<GuideWords> guides)
    {
        var grades = guides.Select(g => Grade(g.Definition)).Order().ToList();
        return grades.Count == 0 ? 0 : grades[grades.Count / 2];
    }

    // Vowel groups, less a silent final e (and -es, -ed after a consonant); at least one.
    internal static int Syllables(string word)
    {
        var w = word.Trim('\'');
        if (w.Length <= 3) return 1;
        w = SilentEnding().Replace(w, string.Empty);
        w = w.StartsWith('y') ? w[1..] : w;
        return Math.Max(1, VowelGroup().Count(w));
    }

    // ---- Over the shipped content ----

    [Fact]
    public void Every_imported_guide_has_a_definition_and_three_to_five_duties_of_the_right_length()
    {
        Assert.True(ShippedWords.Value.Count > 800, $"{ShippedWords.Value.Count} imported guides");
        Assert.Empty(ShippedWords.Value.SelectMany(LengthProblems));
    }

    [Fact]
    public void No_two_guides_share_a_run_of_ten_words_outside_job_titles() => Assert.Empty(SharedRuns(ShippedWords.Value));

    [Fact]
    public void Definitions_read_at_grade_nine_or_below_in_the_median() =>
        Assert.InRange(MedianGrade(ShippedWords.Value), -5, 9);

    [PublishedDataFact]
    public void No_run_of_six_words_from_an_onet_description_or_task_statement_is_in_a_definition_or_duty()
    {
        var runs = PublisherSentences.Runs(PublishedData.Folder!);
        Assert.Empty(PublisherRuns(ShippedWords.Value, runs));
    }

    // ---- Each check fails on a planted example ----

    private static GuideWords Good => new("fixture", "Fixture Tester",
        "Fixture testers check made-up careers for a website's tests. They read each file, look for mistakes, and write down what they find so it can be fixed.",
        ["Read each fixture file", "Check the words and numbers", "Write down the mistakes they find"]);

    [Fact]
    public void The_planted_good_example_passes_every_check()
    {
        Assert.Empty(LengthProblems(Good));
        Assert.Empty(SharedRuns([Good, Good with { Slug = "other", Definition = "Other workers do other things all day long. They do them well and on time every week." }]));
        Assert.InRange(Grade(Good.Definition), -5, 9);
    }

    [Theory]
    [InlineData("definition", "Too short. Far too short.", "the definition has 5 words")]
    [InlineData("definition", "Fixture testers check made-up careers for a website's tests and they read each file and look for mistakes in it and write down what they find so that it can be fixed by someone", "the definition has 1 sentences")]
    [InlineData("duty", "Check every word and every number in each of the many fixture files they are given", "a duty of 16 words")]
    [InlineData("duty", "They check the words", "a duty that does not start with a verb")]
    [InlineData("duty", "Carefully check the words", "a duty that does not start with a verb")]
    public void The_length_check_fails_on_a_planted_mistake(string where, string planted, string expected)
    {
        var g = where == "definition" ? Good with { Definition = planted } : Good with { Duties = [.. Good.Duties, planted] };
        Assert.Contains(LengthProblems(g), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shared_run_check_fails_on_two_guides_with_the_same_ten_words_but_not_on_shared_title_words()
    {
        var copy = Good with { Slug = "copy", Title = "Copy Maker", Definition = "Copy makers make copies. They copy.", Duties = ["Look for mistakes, and write down what they find so it can be fixed", "Sort", "Mail"] };
        var shared = SharedRuns([Good, copy]).ToList();
        Assert.NotEmpty(shared);
        Assert.Contains("fixture and copy: \"look for mistakes and write down what they find so\"", shared);
        var titles = new GuideWords("a", "Heating Air Conditioning and Refrigeration Mechanic and Installer", "x", ["Fix heating air conditioning and refrigeration mechanic and installer"]);
        var same = titles with { Slug = "b", Duties = ["Plan heating air conditioning and refrigeration mechanic and installer"] };
        Assert.Empty(SharedRuns([titles, same], 6));
    }

    [Fact]
    public void The_grade_check_fails_on_a_planted_hard_definition()
    {
        var hard = Good with { Definition = "Occupational epidemiologists systematically investigate environmental determinants of organizational productivity. Comprehensive methodological documentation accompanies institutional recommendations." };
        Assert.True(Grade(hard.Definition) > 9, $"grade {Grade(hard.Definition):0.0}");
        Assert.True(MedianGrade([hard, hard, Good]) > 9);
    }

    [Fact]
    public void The_publisher_check_fails_on_a_planted_task_statement()
    {
        var runs = Runs("Provide patients with help moving in and out of beds, baths, wheelchairs, or automobiles.", 6).ToHashSet(StringComparer.Ordinal);
        var planted = Good with { Duties = [.. Good.Duties, "Help patients moving in and out of beds"] };
        Assert.Empty(PublisherRuns([Good], runs));
        Assert.Single(PublisherRuns([planted], runs));
    }

    // ---- Text helpers ----

    private static IEnumerable<string> Texts(GuideWords g) => [g.Definition, .. g.Duties];

    internal static string[] Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value)];

    internal static IEnumerable<string> Runs(string text, int length)
    {
        var words = Words(text);
        for (var i = 0; i + length <= words.Length; i++) yield return string.Join(' ', words[i..(i + length)]);
    }

    private static List<string> Sentences(string text) => [.. SentenceEnd().Split(text.Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex(@"[a-z0-9]+(?:'[a-z]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex(@"[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
