using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;

namespace CareerGuide.Content.Tests.Loading;

/// <summary>Checks that need more than one file: old slugs, links, and the last good version of a file.</summary>
public sealed class CrossFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("careerguide-cross-").FullName;
    private static readonly string Lunar = File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"));

    public CrossFileTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "careers"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        Career("lunar-greenhouse-technician", Lunar);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Career(string slug, string text) => File.WriteAllText(Path.Combine(root, "careers", slug + ".md"), text);

    private void Article(string slug, string front) => File.WriteAllText(Path.Combine(root, "articles", slug + ".md"),
        $"---\ntitle: A\ndescription: D\nauthor: CareerGuide editors\nread_minutes: 2\npublished: 2026-01-02\n{front}---\n\nBody.\n");

    private static string WithWhy(string extra) => Lunar.Replace("Food on the Moon comes from these domes.", extra, StringComparison.Ordinal);

    private ContentCatalog Load(ContentCatalog? previous = null) =>
        ContentLoader.Load(root, new ContentLoadOptions(TestFiles.Today, Previous: previous)).Catalog;

    private IReadOnlyList<string> Problems(ContentCatalog? previous = null) => [.. Load(previous).Problems.Select(p => p.ToString())];

    [Fact]
    public void An_alias_that_is_another_guides_slug_is_a_duplicate_slug()
    {
        Career("moon-farmer", Lunar.Replace("title: Lunar Greenhouse Technician\n", "title: Moon Farmer\naliases: [lunar-greenhouse-technician]\n", StringComparison.Ordinal));
        Assert.Equal(["careers/moon-farmer.md:4:11: error: aliases: duplicate career slug 'lunar-greenhouse-technician': it is already used by careers/lunar-greenhouse-technician.md; remove it from one of the two files"],
            Problems());
    }

    [Fact]
    public void Two_guides_claiming_one_old_slug_is_a_duplicate_slug_in_the_second()
    {
        Career("a-one", Lunar.Replace("title: Lunar Greenhouse Technician\n", "title: One\naliases: [old-name]\n", StringComparison.Ordinal));
        Career("b-two", Lunar.Replace("title: Lunar Greenhouse Technician\n", "title: Two\naliases: [old-name]\n", StringComparison.Ordinal));
        Assert.Equal(["careers/b-two.md:4:11: error: aliases: duplicate career slug 'old-name': it is already used by careers/a-one.md; remove it from one of the two files"],
            Problems());
        Assert.Equal("a-one", Load().FindByAlias("old-name")!.Slug);
    }

    private static string Titled(string title, string extra = "") =>
        Lunar.Replace("title: Lunar Greenhouse Technician\n", $"title: {title}\n{extra}", StringComparison.Ordinal);

    [Fact]
    public void Two_guides_with_one_title_is_an_error_naming_both_files()
    {
        Career("moon-grower", Titled("lunar greenhouse technician"));
        Assert.Equal(["careers/moon-grower.md:3:8: error: title: 'lunar greenhouse technician' is also the title of careers/lunar-greenhouse-technician.md; two careers with one name confuse readers and search, so give one of them another title"],
            Problems());
        Assert.Equal("lunar-greenhouse-technician", Assert.Single(Load().Guides).Slug);
    }

    [Fact]
    public void An_alias_clash_is_reported_on_the_file_that_introduced_it_and_the_online_guide_keeps_taking_edits()
    {
        Career("a-one", Titled("One"));
        Career("b-two", Titled("Two", "aliases: [old-name]\n"));
        var online = Load();
        Assert.Empty(online.Problems);

        // An editor gives a-one the same old slug, and at the same time edits b-two.
        Career("a-one", Titled("One", "aliases: [old-name]\n"));
        Career("b-two", Titled("Two, edited", "aliases: [old-name]\n"));
        var reloaded = Load(online);

        Assert.Equal(["careers/a-one.md:4:11: error: aliases: duplicate career slug 'old-name': it is already used by careers/b-two.md; remove it from one of the two files"],
            reloaded.Problems.Select(p => p.ToString()));
        Assert.Equal("Two, edited", reloaded.FindByAlias("old-name")!.Title);
        Assert.Equal(["careers/a-one.md"], reloaded.KeptFiles); // a-one stays online at its last good version
    }

    [Fact]
    public void A_new_file_named_after_an_old_slug_is_the_one_reported()
    {
        Career("moon-farmer", Titled("Moon Farmer", "aliases: [moon-grower]\n"));
        var online = Load();
        Career("moon-grower", Titled("Moon Grower"));

        var reloaded = Load(online);

        Assert.Equal(["careers/moon-grower.md:1:1: error: the file name makes the slug 'moon-grower', which is already an old slug of careers/moon-farmer.md (its aliases); rename this file, or remove the alias there first"],
            reloaded.Problems.Select(p => p.ToString()));
        Assert.Equal("moon-farmer", reloaded.FindByAlias("moon-grower")!.Slug);
        Assert.Null(reloaded.FindGuide("moon-grower"));
    }

    [Fact]
    public void Dates_come_from_the_content_never_from_the_files_modification_time_or_git()
    {
        // The fixture's sources were last verified on 2026-10-01: that is its date, whatever the file's time says.
        File.SetLastWriteTimeUtc(Path.Combine(root, "careers", "lunar-greenhouse-technician.md"), DateTime.UtcNow);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), Load().FindGuide("lunar-greenhouse-technician")!.LastModified);

        // An editor's later 'updated' date moves it on.
        Career("lunar-greenhouse-technician", Titled("Lunar Greenhouse Technician", "updated: 2026-10-02\n"));
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), Load().FindGuide("lunar-greenhouse-technician")!.LastModified);
    }

    [Fact]
    public void Links_to_careers_sections_and_articles_that_do_not_exist_are_errors_with_suggestions()
    {
        Article("moon-news", "careers: [lunar-greenhouse-technicain]\n");
        Career("lunar-greenhouse-technician", WithWhy("See [x](/careers/lunar-greenhouse-technician/similar), [y](/articles/moon-new) and [ok](/careers/lunar-greenhouse-technician/skills#top)."));
        Assert.Equal(
            ["careers/lunar-greenhouse-technician.md:88:5: error: link '/careers/lunar-greenhouse-technician/similar' goes nowhere: 'lunar-greenhouse-technician' has no section 'similar'",
             "careers/lunar-greenhouse-technician.md:88:56: error: link '/articles/moon-new' goes nowhere: there is no article 'moon-new' (did you mean 'moon-news'?)",
             "articles/moon-news.md:7:11: error: link '/careers/lunar-greenhouse-technicain' goes nowhere: there is no career 'lunar-greenhouse-technicain' (did you mean 'lunar-greenhouse-technician'?)"],
            Problems());
    }

    [Fact]
    public void A_link_to_a_file_that_has_its_own_errors_is_not_blamed_on_the_linking_file()
    {
        Career("broken", "---\ntitle: [\n---\n");
        Career("lunar-greenhouse-technician", WithWhy("See [b](/careers/broken)."));
        Assert.All(Problems(), p => Assert.StartsWith("careers/broken.md", p, StringComparison.Ordinal));
        Assert.NotNull(Load().FindGuide("lunar-greenhouse-technician"));
    }

    [Fact]
    public void A_file_that_breaks_after_loading_keeps_its_last_good_version()
    {
        var good = Load();
        Career("lunar-greenhouse-technician", Lunar.Replace("rating: 81", "rating: 140", StringComparison.Ordinal));

        var reloaded = Load(good);
        Assert.Same(good.FindGuide("lunar-greenhouse-technician")!.Sections[0], reloaded.FindGuide("lunar-greenhouse-technician")!.Sections[0]);
        Assert.Equal(["careers/lunar-greenhouse-technician.md"], reloaded.KeptFiles);
        Assert.Equal(["careers/lunar-greenhouse-technician.md"], reloaded.FailedFiles);

        // Without a previous catalog (a fresh start), the bad file is simply left out.
        Assert.Null(Load().FindGuide("lunar-greenhouse-technician"));
    }

    [Fact]
    public void A_removed_file_is_gone_even_though_it_was_good_before()
    {
        var good = Load();
        File.Delete(Path.Combine(root, "careers", "lunar-greenhouse-technician.md"));
        Assert.Empty(Load(good).Guides);
    }

    [Fact]
    public void Drafts_load_only_when_asked_for()
    {
        Career("lunar-greenhouse-technician", Lunar.Replace("title: Lunar Greenhouse Technician\n", "title: Lunar Greenhouse Technician\ndraft: true\n", StringComparison.Ordinal));
        Assert.Empty(ContentLoader.Load(root, new ContentLoadOptions(TestFiles.Today)).Catalog.Guides);
        Assert.True(ContentLoader.Load(root, new ContentLoadOptions(TestFiles.Today, IncludeDrafts: true)).Catalog.Guides.Single().Draft);
    }
}
