using AngleSharp.Html.Dom;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>Every page has a complete head: its own title and description, canonical URL, Open Graph and Twitter card.</summary>
public sealed class HeadTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Base = "http://localhost:5077";

    private static string Meta(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("content") ?? throw new InvalidOperationException($"no {selector}");

    public static TheoryData<string, string> Pages() => new()
    {
        { "/", "CareerGuide: career guides for students" },
        { "/careers", "All careers · CareerGuide" },
        { "/articles", "Articles · CareerGuide" },
        { "/careers/machine-learning-engineer", "Machine Learning Engineer · CareerGuide" },
        { "/careers/machine-learning-engineer/skills", "Skills · Machine Learning Engineer · CareerGuide" },
        { "/careers/machine-learning-engineer/market", "Market · Machine Learning Engineer · CareerGuide" },
        { "/articles/careers-in-machine-learning", "Navigating the Future: Exploring Lucrative Careers in Machine Learning · CareerGuide" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_title_description_canonical_open_graph_and_twitter_card(string path, string title)
    {
        var page = await site.Page(path);
        Assert.Equal(title, page.Title);
        var description = Meta(page, "meta[name=description]");
        Assert.InRange(description.Length, 20, 200);
        Assert.Equal(Base + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(Base + path, Meta(page, "meta[property='og:url']"));
        Assert.Equal(description, Meta(page, "meta[property='og:description']"));
        Assert.Equal("CareerGuide", Meta(page, "meta[property='og:site_name']"));
        Assert.Equal(Base + "/images/site-card.png", Meta(page, "meta[property='og:image']"));
        Assert.Equal(path.StartsWith("/articles/", StringComparison.Ordinal) ? "article" : "website", Meta(page, "meta[property='og:type']"));
        Assert.Equal("summary_large_image", Meta(page, "meta[name='twitter:card']"));
        Assert.False(string.IsNullOrEmpty(Meta(page, "meta[property='og:title']")));
        Assert.False(string.IsNullOrEmpty(Meta(page, "meta[name='twitter:title']")));
        Assert.Equal("en_US", Meta(page, "meta[property='og:locale']"));
        Assert.Equal(Meta(page, "meta[property='og:image:alt']"), Meta(page, "meta[name='twitter:image:alt']"));
    }

    [Fact]
    public async Task The_search_pages_two_search_landmarks_have_distinct_labels()
    {
        var page = await site.Page("/search?q=python");
        var labels = page.QuerySelectorAll("[role=search]").Select(e => e.GetAttribute("aria-label")).ToList();
        Assert.Equal(2, labels.Count);
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public async Task Section_descriptions_come_from_the_sections_own_content()
    {
        var market = await site.Page("/careers/machine-learning-engineer/market");
        Assert.Equal("Machine Learning Engineer pay in the United States: $118,000–$191,000 per year, median $155,000; demand very high, growth +40% by 2034.",
            Meta(market, "meta[property='og:description']"));
        Assert.Equal("Market · Machine Learning Engineer", Meta(market, "meta[property='og:title']"));
        var skills = await site.Page("/careers/machine-learning-engineer/skills");
        Assert.NotEqual(Meta(market, "meta[name=description]"), Meta(skills, "meta[name=description]"));
    }

    [Fact]
    public async Task The_public_base_url_comes_from_configuration()
    {
        using var other = new SiteFactory { Settings = { ["Site:BaseUrl"] = "https://guides.example.org" } };
        var page = await other.Page("/careers/machine-learning-engineer/skills");
        Assert.Equal("https://guides.example.org/careers/machine-learning-engineer/skills", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var guide = await other.Page("/careers/machine-learning-engineer");
        Assert.Contains("https://guides.example.org/careers/machine-learning-engineer", guide.QuerySelector(".handout-link")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_card_image_is_served()
    {
        using var response = await site.Client().GetAsync(new Uri("/images/site-card.png", UriKind.Relative));
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Every_section_has_a_permalink_that_works_without_javascript_and_can_be_copied_with_it()
    {
        var page = await site.Page("/careers/machine-learning-engineer");
        var links = page.QuerySelectorAll(".permalink a[data-copy-link]");
        Assert.Equal(page.QuerySelectorAll("section.guide-section").Length, links.Length);
        Assert.NotNull(page.QuerySelector("script[src^='/js/site.js']"));
        var section = await site.Page("/careers/machine-learning-engineer/skills");
        Assert.Equal("/careers/machine-learning-engineer/skills", section.QuerySelector(".permalink a[data-copy-link]")!.GetAttribute("href"));
        Assert.NotNull(section.QuerySelector("script[src^='/js/site.js']"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/careers")]
    [InlineData("/interests")]
    [InlineData("/articles/careers-in-machine-learning")]
    public async Task A_page_without_copy_links_loads_no_script(string path)
    {
        var page = await site.Page(path);
        Assert.Empty(page.QuerySelectorAll("a[data-copy-link]"));
        Assert.Empty(page.QuerySelectorAll("script[src]"));
    }

    [Fact]
    public async Task The_compare_page_loads_only_its_search_as_you_type_script_deferred()
    {
        var page = await site.Page("/compare");
        var scripts = page.QuerySelectorAll("script[src]");
        Assert.Single(scripts);
        Assert.StartsWith("/js/compare.js?v=", scripts[0].GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(scripts[0].HasAttribute("defer"));
    }

    [Fact]
    public async Task The_printed_guide_carries_its_url_and_a_qr_code()
    {
        var page = await site.Page("/careers/machine-learning-engineer");
        var handout = page.QuerySelector(".print-only.handout-link")!;
        Assert.Contains(Base + "/careers/machine-learning-engineer", handout.TextContent, StringComparison.Ordinal);
        var qr = handout.QuerySelector("svg.qr")!;
        Assert.Equal("QR code linking to " + Base + "/careers/machine-learning-engineer", qr.GetAttribute("aria-label"));
        Assert.StartsWith("M", qr.QuerySelector("path")!.GetAttribute("d"), StringComparison.Ordinal);
        Assert.Null(qr.GetAttribute("style"));
    }
}
