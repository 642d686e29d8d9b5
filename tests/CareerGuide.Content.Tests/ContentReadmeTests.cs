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

    [GeneratedRegex("```markdown\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Examples();
}
