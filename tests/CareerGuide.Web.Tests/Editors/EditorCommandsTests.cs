using CareerGuide.Web.Commands;

namespace CareerGuide.Web.Tests.Editors;

/// <summary>The validate and new-career commands, as an editor runs them.</summary>
public sealed class EditorCommandsTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 3);
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

    private string Shown(string text) => text.Replace(Path.GetRelativePath(Directory.GetCurrentDirectory(), content.Root), content.Root, StringComparison.Ordinal);

    private string[] OutputLines => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Validate_prints_one_line_per_problem_and_exits_1_on_an_error()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        content.WriteCareer("typo", TempContent.Lunar.Replace("skills:\n", "skils:\n", StringComparison.Ordinal).Replace("title: Lunar", "title: Typo", StringComparison.Ordinal));

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

    [Theory]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://127.0.0.1:0")]
    [InlineData(false, "--environment", "Development")]
    [InlineData(false, "validate-content")]
    [InlineData(true, "--help")]
    [InlineData(true, "-h")]
    [InlineData(true, "help")]
    [InlineData(true, "validate", "a", "b")]
    [InlineData(true, "new")]
    [InlineData(true, "new", "career")]
    [InlineData(true, "import", "--help")]
    public void Program_tells_a_command_from_a_server_start_without_reading_configuration(bool command, params string[] args)
    {
        // Program.cs builds the commands' configuration only for a command; the server's start goes straight to the host.
        Assert.Equal(command, EditorCommands.IsCommand(args));
        Assert.Equal(command, EditorCommands.TryRun(args, output, error, Today) is not null);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_prints_the_usage_of_the_server_and_every_command_and_exits_0(string flag)
    {
        Assert.Equal(0, Run(flag));
        var text = output.ToString();
        foreach (var part in new[] { "dotnet run --project src/CareerGuide.Web", "--urls", "validate [content-folder | file]", "new career \"Career Name\" [content-folder]", "Content__Root" })
            Assert.Contains(part, text, StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Theory]
    [InlineData("validate", "--help")]
    [InlineData("new", "-h")]
    public void A_command_asked_for_help_prints_usage_and_exits_0(params string[] args)
    {
        Assert.Equal(0, Run(args));
        Assert.StartsWith("usage:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_folder_with_no_careers_or_articles_folder_is_an_error()
    {
        Assert.Equal(2, Run("validate", Path.Combine(content.Root, "careers")));
        Assert.Contains("has no careers/ or articles/ folder", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Validate_takes_a_single_file_and_reports_only_that_file()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        content.WriteCareer("typo", TempContent.Lunar.Replace("skills:\n", "skils:\n", StringComparison.Ordinal).Replace("title: Lunar", "title: Typo", StringComparison.Ordinal));

        Assert.Equal(0, Run("validate", content.Career("lunar-greenhouse-technician")));
        Assert.Equal(["1 file checked: 0 errors, 0 warnings"], OutputLines);

        output.GetStringBuilder().Clear();
        Assert.Equal(1, Run("validate", content.Career("typo")));
        Assert.Equal(3, OutputLines.Length);
        Assert.All(OutputLines[..^1], l => Assert.StartsWith($"{content.Root}/careers/typo.md:", Shown(l), StringComparison.Ordinal));
        Assert.Equal("1 file checked: 2 errors, 0 warnings", OutputLines[^1]);
    }

    [Fact]
    public void Commands_use_the_configured_content_root_when_no_folder_is_given()
    {
        Assert.Equal(0, EditorCommands.TryRun(["new", "career", "Data Scientist"], output, error, Today, configuredRoot: content.Root));
        Assert.True(File.Exists(content.Career("data-scientist")));
        // The hint repeats the folder, so copying it validates the same place.
        Assert.EndsWith($"-- validate {content.Root}", Shown(output.ToString().Trim()), StringComparison.Ordinal);

        output.GetStringBuilder().Clear();
        Assert.Equal(0, EditorCommands.TryRun(["validate"], output, error, Today, configuredRoot: content.Root));
        Assert.StartsWith("1 file checked: 0 errors, ", OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_scaffold_published_without_being_filled_in_fails_validation()
    {
        Assert.Equal(0, Run("new", "career", "Data Scientist", content.Root));
        var path = content.Career("data-scientist");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => l.Trim() != "draft: true"));

        output.GetStringBuilder().Clear();
        Assert.Equal(1, Run("validate", content.Root));
        var lines = OutputLines;
        Assert.Contains(lines, l => l.Contains(": error: placeholder 'TODO' still here: a published guide may not have one", StringComparison.Ordinal));
        Assert.DoesNotContain(lines[..^1], l => l.Contains(": warning: placeholder", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(": error: market.salary.median: 0 is the new-career placeholder", StringComparison.Ordinal));
    }
}
