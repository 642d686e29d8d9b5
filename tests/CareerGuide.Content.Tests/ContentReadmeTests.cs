using System.Text.RegularExpressions;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Tests;

/// <summary>The example guides in content/README.md are real, valid files: the documentation cannot drift from the parser.</summary>
public sealed partial class ContentReadmeTests
{
    [Fact]
    public void The_minimal_and_full_examples_parse_without_problems()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryContent, "README.md"));
        var examples = Examples().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, examples.Count);

        var minimal = CareerGuideParser.Parse("minimal.md", "lighthouse-keeper", examples[0], TestFiles.Today);
        Assert.Empty(minimal.Problems);
        Assert.Equal([1, 2], minimal.Value!.Sections.Select(s => s.Info.Number));

        var full = CareerGuideParser.Parse("full.md", "lighthouse-keeper", examples[1], TestFiles.Today);
        Assert.Empty(full.Problems);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17], full.Value!.Sections.Select(s => s.Info.Number));
    }

    [Fact]
    public void The_high_school_table_is_the_one_the_code_uses_for_all_33_knowledge_areas()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryContent, "README.md"));
        var table = readme[readme.IndexOf("| O*NET knowledge area |", StringComparison.Ordinal)..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToDictionary(c => c[1], c => c[2]);
        Assert.Equal(33, HighSchoolWriter.Classes.Count);
        Assert.Equal(HighSchoolWriter.Classes.OrderBy(c => c.Key, StringComparer.Ordinal), table.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_multi_line_text_example_parses_into_one_paragraph()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryContent, "README.md"));
        var folded = Assert.Single(YamlExamples().Matches(readme), m => m.Groups[1].Value.Contains("summary: >", StringComparison.Ordinal)).Groups[1].Value;
        var minimal = Examples().Matches(readme)[0].Groups[1].Value;
        // The README's snapshot example, with the folded summary, in place of the minimal guide's one-line summary.
        var summaryLines = folded.Split('\n').SkipWhile(l => !l.Contains("summary:", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0);
        var text = minimal.Replace("  summary: Lighthouse keepers look after a lighthouse and its light.", string.Join("\n", summaryLines), StringComparison.Ordinal);

        var guide = CareerGuideParser.Parse("folded.md", "lighthouse-keeper", text, TestFiles.Today);

        Assert.Empty(guide.Problems);
        Assert.Equal("Lighthouse keepers look after a lighthouse and its light: they check the lamp, log the weather and keep the log.",
            guide.Value!.Summary.Trim());
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlExamples();

    [GeneratedRegex("```markdown\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Examples();
}
