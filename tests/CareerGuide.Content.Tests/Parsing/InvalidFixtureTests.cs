using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>
/// Spec-style tests: each file in Fixtures/invalid holds one kind of mistake, and the .expected file
/// beside it holds the exact problems (file:line:column: severity: message) the parser must report.
/// </summary>
public sealed class InvalidFixtureTests
{
    public static TheoryData<string> Cases() => TestFiles.InvalidFixtureNames();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_expected_problems_and_no_guide(string name)
    {
        var text = File.ReadAllText(TestFiles.Fixture($"invalid/{name}.md"));
        var expected = File.ReadAllLines(TestFiles.Fixture($"invalid/{name}.expected")).Where(l => l.Length > 0);

        var result = CareerGuideParser.Parse($"{name}.md", name, text, TestFiles.Today);

        Assert.Equal(expected, result.Problems.Select(p => p.ToString()));
        Assert.Null(result.Value);
    }

    [Fact]
    public void Every_invalid_fixture_has_an_expected_file()
    {
        foreach (var file in Directory.EnumerateFiles(TestFiles.Fixture("invalid"), "*.md"))
            Assert.True(File.Exists(Path.ChangeExtension(file, ".expected")), $"missing {Path.ChangeExtension(file, ".expected")}");
    }
}
