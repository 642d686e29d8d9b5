using CareerGuide.Web.Commands;

namespace CareerGuide.Web.Tests.Editors;

/// <summary>The validate and new-career commands, as an editor runs them.</summary>
public sealed class EditorCommandsTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly TempContent content = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        content.Dispose();
        output.Dispose();
        error.Dispose();
    }

    private int Run(params string[] args) => EditorCommands.TryRun(args, output, error, Today) ?? -1;

    private string[] OutputLines => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Validate_prints_one_line_per_problem_and_exits_1_on_an_error()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        content.WriteCareer("typo", TempContent.Lunar.Replace("skills:\n", "skils:\n", StringComparison.Ordinal));

        Assert.Equal(1, Run("validate", content.Root));
        Assert.Equal(
            [$"{content.Root}/careers/typo.md:23:1: error: skils: unknown field 'skils'; did you mean 'skills'?",
             $"{content.Root}/careers/typo.md:94:1: error: '## Skills' has prose but the front matter has no 'skills:' field with its data",
             "2 files checked: 2 errors, 0 warnings"],
            OutputLines.Select(l => l.Replace(Path.GetRelativePath(Directory.GetCurrentDirectory(), content.Root), content.Root, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_exits_0_when_there_are_only_warnings()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("  last_verified: 2026-10-01\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(0, Run("validate", content.Root));
        Assert.EndsWith("1 file checked: 0 errors, 1 warning", output.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_the_shipped_content_passes()
    {
        Assert.Equal(0, Run("validate", Path.Combine(SiteFactory.RepositoryRoot, "content")));
    }

    [Fact]
    public void New_career_writes_a_draft_with_every_section_that_loads_with_only_placeholder_warnings()
    {
        Assert.Equal(0, Run("new", "career", "Data Scientist", content.Root));
        var text = File.ReadAllText(content.Career("data-scientist"));
        Assert.Contains("title: Data Scientist", text, StringComparison.Ordinal);
        Assert.Contains("draft: true", text, StringComparison.Ordinal);
        foreach (var key in new[] { "snapshot:", "day:", "pathway:", "skills:", "education:", "market:", "fit:", "tradeoffs:", "high-school:", "sources:", "transcript:", "faq:",
                                    "## Why it matters", "## Outlook", "## College strategy" })
            Assert.Contains(key, text, StringComparison.Ordinal);

        output.GetStringBuilder().Clear();
        Assert.Equal(0, Run("validate", content.Root));
        var lines = OutputLines;
        Assert.All(lines[..^1], l => Assert.Contains(": warning: ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("placeholder 'TODO' still here", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pâtissière", "patissiere")]
    [InlineData("Café Owner", "cafe-owner")]
    [InlineData("  Data   Scientist (AI) ", "data-scientist-ai")]
    public void New_career_makes_the_file_name_from_the_name_accents_folded(string name, string slug)
    {
        Assert.Equal(0, Run("new", "career", name, content.Root));
        Assert.True(File.Exists(content.Career(slug)), output.ToString());
    }

    [Fact]
    public void New_career_never_overwrites_an_existing_file()
    {
        content.WriteCareer("data-scientist", "mine");
        Assert.Equal(1, Run("new", "career", "Data Scientist", content.Root));
        Assert.Equal("mine", File.ReadAllText(content.Career("data-scientist")));
        Assert.Contains("already exists", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "a", "b")]
    [InlineData("new", "article", "X")]
    [InlineData("new", "career")]
    public void Wrong_arguments_print_usage_and_exit_2(params string[] args)
    {
        Assert.Equal(2, Run(args));
        Assert.StartsWith("usage:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_arguments_start_the_server() => Assert.Null(EditorCommands.TryRun(["--urls", "http://127.0.0.1:0"], output, error, Today));
}
