namespace CareerGuide.Web.Tests.Pages;

/// <summary>Home, lists, articles and the 404 page.</summary>
public sealed class SitePagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Home_shows_career_cards_and_the_latest_articles()
    {
        var page = await site.Page("/");
        var card = page.QuerySelector(".cards .card")!;
        Assert.Equal("/careers/machine-learning-engineer", card.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("$155,000 per year", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/careers-in-machine-learning", page.QuerySelector(".article-list h3 a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("main#main"));
    }

    [Fact]
    public async Task Careers_lists_every_guide_a_to_z_fifty_to_a_page()
    {
        var titles = new List<string>();
        var pages = new List<string>();
        // Page by page through "Next", as a student would.
        for (var url = "/careers"; url is not null;)
        {
            pages.Add(url);
            var page = await site.Page(url);
            var cards = page.QuerySelectorAll(".cards h2").Select(h => h.TextContent).ToList();
            Assert.InRange(cards.Count, 1, Web.Pages.Careers.IndexModel.PageSize);
            titles.AddRange(cards);
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal("/careers?page=2", pages[1]);
        var files = Directory.GetFiles(Path.Combine(SiteFactory.RepositoryRoot, "content", "careers"), "*.md").Length;
        Assert.Equal(files, titles.Count);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Contains("Machine Learning Engineer", titles);
        Assert.Contains("Registered Nurse", titles);
        await site.Page($"/careers?page={pages.Count + 1}", 404);
        await site.Page("/careers?page=0", 404);
        await site.Page("/careers?page=two", 404);
    }

    [Fact]
    public async Task The_pager_links_the_first_and_last_pages_and_two_either_side_of_this_one()
    {
        static async Task<string[]> Pager(SiteFactory site, string url) =>
            [.. (await site.Page(url)).QuerySelectorAll(".pager li:not(:has(a[rel]))").Select(li => li.TextContent.Trim())];
        var last = (Directory.GetFiles(Path.Combine(SiteFactory.RepositoryRoot, "content", "careers"), "*.md").Length + 49) / 50;
        Assert.True(last >= 10, $"{last} pages: too few to show the gaps");
        var lastText = last.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["1", "2", "3", "…", lastText], await Pager(site, "/careers"));
        Assert.Equal(["1", "…", "4", "5", "6", "7", "8", "…", lastText], await Pager(site, "/careers?page=6"));
        Assert.Equal(["1", "…", (last - 2).ToString(System.Globalization.CultureInfo.InvariantCulture), (last - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), lastText],
            await Pager(site, $"/careers?page={last}"));
    }

    [Fact]
    public async Task Articles_list_and_article_page_show_the_front_matter()
    {
        var list = await site.Page("/articles");
        Assert.Single(list.QuerySelectorAll(".article-list li"));
        var page = await site.Page("/articles/careers-in-machine-learning");
        Assert.Equal("Navigating the Future: Exploring Lucrative Careers in Machine Learning", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2025-03-02", page.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Contains("8 min read", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var hero = page.QuerySelector("img.hero")!;
        Assert.Equal("/images/articles/careers-in-machine-learning.svg", hero.GetAttribute("src"));
        Assert.NotNull(hero.GetAttribute("width"));
        Assert.Equal("/careers/machine-learning-engineer", page.QuerySelector(".cta a")!.GetAttribute("href"));
        Assert.Contains("$134,000 and $215,000", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/careers/machine-learing-engineer", "/careers/machine-learning-engineer")]
    [InlineData("/careers/machine-learning", "/careers/machine-learning-engineer")]
    [InlineData("/careers/machine-learning-engineer/skils", "/careers/machine-learning-engineer/skills")]
    [InlineData("/careers/machine-learning-engineer/similar", "/careers/machine-learning-engineer/similar")]
    [InlineData("/articles/careers-in-machine-learnin", "/articles/careers-in-machine-learning")]
    public async Task Unknown_pages_are_a_real_404_suggesting_the_closest_match(string url, string suggested)
    {
        var page = await site.Page(url, 404);
        Assert.Equal("Page not found · CareerGuide", page.Title);
        var link = page.QuerySelector(".suggestion a");
        if (url.EndsWith("/similar", StringComparison.Ordinal)) Assert.True(link is null || link.GetAttribute("href") != suggested);
        else Assert.Equal(suggested, link!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/careers/Machine-Learning-Engineer")]
    [InlineData("/careers/machine_learning_engineer")]
    [InlineData("/careers/machine--learning")]
    [InlineData("/careers/-x-")]
    [InlineData("/careers/caf%C3%A9")]
    [InlineData("/careers/machine-learning-engineer/SKILLS")]
    [InlineData("/careers/machine-learning-engineer/skills%20")]
    [InlineData("/careers/machine-learning-engineer/999")]
    [InlineData("/careers/machine-learning-engineer/-1")]
    [InlineData("/articles/%3Cscript%3E")]
    [InlineData("/nowhere")]
    public async Task Malformed_slugs_are_404_never_500(string url)
    {
        var page = await site.Page(url, 404);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_very_long_slug_is_404()
    {
        await site.Page("/careers/" + string.Concat(Enumerable.Repeat("a-", 500)) + "a", 404);
    }
}
