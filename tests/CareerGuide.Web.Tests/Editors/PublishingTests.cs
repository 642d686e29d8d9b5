namespace CareerGuide.Web.Tests.Editors;

/// <summary>Drafts, aliases and strict start-up.</summary>
public sealed class PublishingTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    private static SiteFactory Site(string root, string environment, bool strict = false) => new()
    {
        ContentRoot = root,
        Environment = environment,
        Settings = { ["Content:Strict"] = strict ? "true" : "false" },
    };

    [Fact]
    public async Task A_draft_is_hidden_in_production_and_shown_in_development()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician\n", "title: Lunar Greenhouse Technician\ndraft: true\n", StringComparison.Ordinal));
        using (var production = Site(content.Root, "Production"))
        {
            await production.Page("/careers/lunar-greenhouse-technician", 404);
            Assert.Empty((await production.Page("/careers")).QuerySelectorAll(".cards li"));
        }
        using var development = Site(content.Root, "Development");
        await development.Page("/careers/lunar-greenhouse-technician");
    }

    [Fact]
    public async Task An_old_slug_answers_301_to_the_guide_and_to_each_section()
    {
        content.WriteCareer("moon-farmer", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician\n", "title: Moon Farmer\naliases: [lunar-greenhouse-technician]\n", StringComparison.Ordinal));
        using var site = Site(content.Root, "Production");
        var client = site.Client();
        using var guide = await client.GetAsync(new Uri("/careers/lunar-greenhouse-technician", UriKind.Relative));
        Assert.Equal(301, (int)guide.StatusCode);
        Assert.Equal("/careers/moon-farmer", guide.Headers.Location!.OriginalString);
        using var section = await client.GetAsync(new Uri("/careers/lunar-greenhouse-technician/skills", UriKind.Relative));
        Assert.Equal("/careers/moon-farmer/skills", section.Headers.Location!.OriginalString);
        await site.Page("/careers/moon-farmer");
    }

    [Fact]
    public void Strict_mode_refuses_to_start_with_a_bad_file()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        content.WriteCareer("broken", "---\ntitle: [\n---\n");
        using var site = Site(content.Root, "Production", strict: true);
        var e = Assert.Throws<InvalidOperationException>(() => site.Client());
        Assert.Contains("careers/broken.md:3:1: error: YAML syntax error: While parsing a node, did not find expected node content.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgiving_mode_serves_the_good_files_beside_a_bad_one()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        content.WriteCareer("broken", "---\ntitle: [\n---\n");
        using var site = Site(content.Root, "Production");
        await site.Page("/careers/lunar-greenhouse-technician");
    }

    [Fact]
    public async Task A_transcript_whose_audio_file_is_missing_shows_no_player()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        using var site = Site(content.Root, "Production");
        var page = await site.Page("/careers/lunar-greenhouse-technician/transcript");
        Assert.Null(page.QuerySelector("audio"));
        Assert.Equal(3, page.QuerySelectorAll(".transcript li").Length);
    }
}
