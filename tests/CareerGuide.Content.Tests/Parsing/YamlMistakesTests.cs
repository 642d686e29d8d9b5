using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>Editors' YAML mistakes, located and named.</summary>
public sealed class YamlMistakesTests
{
    [Fact]
    public void A_duplicate_inside_a_list_item_is_named_by_its_full_path()
    {
        const string yaml = "title: X\nskills:\n  - skill: A\n    rating: 1\n  - skill: B\n    rating: 2\n    rating: 3\n";
        var found = YamlMistakes.DuplicateKey(yaml, firstLine: 2);
        Assert.Equal(new ContentProblemAt(8, 5, "skills[1].rating is given twice, lines 7 and 8; keep one"), found);
    }

    [Fact]
    public void The_same_key_in_different_groups_is_not_a_duplicate() =>
        Assert.Null(YamlMistakes.DuplicateKey("a:\n  x: 1\nb:\n  x: 2\nc: [1, 2]\n", 1));

    [Fact]
    public void A_tab_inside_a_value_is_not_indentation() =>
        Assert.Null(YamlMistakes.TabIndentation("title: a\tb\n", 1));

    [Fact]
    public void A_closed_front_matter_and_a_file_without_one_are_not_reported()
    {
        Assert.Null(FrontMatterFences.Unclosed("---\ntitle: x\n---\n## Why it matters\n"));
        Assert.Null(FrontMatterFences.Unclosed("## Why it matters\n"));
        Assert.Equal("the front matter opened at line 1 is never closed: add a line '---' at the end of the file (after line 3)",
            FrontMatterFences.Unclosed("---\ntitle: x\n# yaml comment")?.Message);
    }

    [Theory]
    [InlineData("---\r\ntitle: x\r\n---\r\nbody", false)]
    [InlineData("---  \ntitle: x\n...\t\nbody", false)]
    [InlineData("---\ntitle: x\n---", false)]
    [InlineData("", false)]
    [InlineData("---", true)]
    [InlineData("---\r\n", true)]
    [InlineData("---\ntitle: x\n ---\n## Why it matters\n", true)]
    [InlineData("---\ntitle: x\n----\n", true)]
    [InlineData(" ---\ntitle: x\n", false)]
    public void A_fence_is_a_line_of_three_dashes_or_dots_whatever_white_space_ends_it(string text, bool unclosed)
    {
        Assert.Equal(unclosed, FrontMatterFences.Unclosed(text) is not null);
    }
}
