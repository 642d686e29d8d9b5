using AngleSharp.Html.Dom;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>/search over the made-up fixture careers: ranked, typo-tolerant, highlighted, linking to the matching section.</summary>
public sealed class SearchTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private Task<IHtmlDocument> Search(string q) => fixture.Site.Page("/search?q=" + Uri.EscapeDataString(q));

    private static List<string> Links(IHtmlDocument page) => [.. page.QuerySelectorAll(".results .result-title").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task A_title_match_ranks_first_and_links_to_the_guide()
    {
        var page = await Search("asteroid surveyor");
        Assert.Equal("/careers/asteroid-surveyor", Links(page)[0]);
    }

    [Fact]
    public async Task A_misspelled_skill_finds_the_guides_and_links_to_the_skills_section()
    {
        var page = await Search("plumbng");
        Assert.Equal(["/careers/orbital-hydroponics-engineer/skills"], Links(page));
        Assert.Equal("Plumbing", page.QuerySelector(".snippet mark")!.TextContent);
    }

    [Fact]
    public async Task Industries_common_titles_and_prose_are_searched()
    {
        Assert.Contains("/careers/asteroid-surveyor/snapshot", Links(await Search("mining")));
        Assert.Contains("/careers/orbital-hydroponics-engineer/snapshot", Links(await Search("hydroponics engineer")).Concat(Links(await Search("greenhouse technician"))));
        Assert.Contains("/careers/comet-cartographer/why-it-matters", Links(await Search("debris")));
    }

    [Fact]
    public async Task Every_word_must_match_and_typos_are_tolerated_per_word()
    {
        var both = Links(await Search("botany plumbing"));
        Assert.Equal(["/careers/orbital-hydroponics-engineer/skills"], both);
        Assert.Equal(["/careers/orbital-hydroponics-engineer/skills"], Links(await Search("botny plumbng")));

        // No guide rates both botany and mapping: the partial matches are shown, and the page says so.
        var partial = await Search("botny mappng");
        Assert.Contains("no page has every word", partial.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, Links(partial).Count);
    }

    [Fact]
    public async Task Articles_are_found_too()
    {
        var page = await Search("spectrometers");
        var links = Links(page);
        Assert.Contains("/articles/asteroid-mining-jobs", links);
        Assert.Contains(page.QuerySelectorAll(".results .kind"), k => k.TextContent == "Article");
    }

    [Fact]
    public async Task Matching_words_are_highlighted_and_markup_in_the_query_is_inert()
    {
        var page = await Search("<b>geology</b>");
        Assert.All(page.QuerySelectorAll(".snippet mark"), m => Assert.Equal("geology", m.TextContent, ignoreCase: true));
        Assert.Empty(page.QuerySelectorAll(".results b"));
        Assert.Equal("<b>geology</b>", page.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task No_results_gives_a_helpful_page()
    {
        var page = await Search("zzzqqq");
        Assert.Contains("Nothing matched", page.QuerySelector(".no-results h2")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".no-results a[href='/careers']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_very_long_query_is_cut_and_answered()
    {
        var page = await Search(new string('a', 10_000) + " mapping");
        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.Equal(200, page.QuerySelector("#search-q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task Every_page_has_a_search_box()
    {
        var page = await fixture.Site.Page("/careers/comet-cartographer");
        var form = page.QuerySelector("form.search-box[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("label[for=site-search]"));
    }
}
