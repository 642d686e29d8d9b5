using AngleSharp.Dom;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>The whole guide at /careers/{career}: every section, with its typed data on the page.</summary>
public sealed class GuidePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Url = "/careers/machine-learning-engineer";

    private static readonly string[] Slugs =
        ["snapshot", "why-it-matters", "day", "pathway", "skills", "education", "market", "outlook", "fit", "tradeoffs",
         "high-school", "college", "sources", "reading", "transcript", "faq"];

    [Fact]
    public async Task Has_a_table_of_contents_and_every_section_with_its_slug_as_id()
    {
        var page = await site.Page(Url);
        Assert.Equal("Machine Learning Engineer · CareerGuide", page.Title);
        Assert.Equal("Machine Learning Engineer", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Slugs.Select(s => "#" + s), page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
        Assert.Equal(Slugs, page.QuerySelectorAll("section.guide-section").Select(s => s.Id));
        Assert.Equal(Slugs.Select(s => $"{Url}/{s}"), page.QuerySelectorAll(".permalink a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Skills_show_the_five_ratings_as_numbers_and_bars()
    {
        var skills = (await site.Page(Url)).GetElementById("skills")!;
        Assert.Equal(["92", "76", "90", "94", "88"], skills.QuerySelectorAll(".bar-value data").Select(d => d.GetAttribute("value")));
        Assert.Equal(["92", "76", "90", "94", "88"], skills.QuerySelectorAll("rect.bar-fill").Select(r => r.GetAttribute("width")));
        Assert.Equal("Logic & abstraction", skills.QuerySelector(".bar-label")!.TextContent);
        Assert.All(skills.QuerySelectorAll("svg"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
    }

    [Fact]
    public async Task Market_shows_the_salary_range_median_demand_and_growth()
    {
        var market = (await site.Page(Url)).GetElementById("market")!;
        Assert.Equal(["$118,000", "$155,000", "$191,000"], market.QuerySelectorAll(".range-figures dd").Select(d => d.TextContent.Trim()));
        Assert.Equal(["Very high", "+40% by 2034"], market.QuerySelectorAll(".facts dd").Select(d => d.TextContent.Trim()));
        Assert.Contains("United States", market.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_day_has_eight_entries_with_machine_readable_times()
    {
        var day = (await site.Page(Url)).GetElementById("day")!;
        Assert.Equal(["09:00", "09:30", "10:00", "12:00", "13:00", "14:30", "16:00", "17:30"],
            day.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("1:00 pm", day.QuerySelectorAll(".timeline time")[4].TextContent);
    }

    [Fact]
    public async Task Education_pathway_sources_transcript_and_faq_render_their_data()
    {
        var page = await site.Page(Url);
        var education = page.GetElementById("education")!;
        Assert.Equal(["60", "20", "10", "10"], education.QuerySelectorAll(".share data").Select(d => d.GetAttribute("value")));
        Assert.Equal(["$$$", "$$$", "$$", "$"], education.QuerySelectorAll(".cost [aria-hidden]").Select(c => c.TextContent));
        Assert.Equal(6, page.QuerySelectorAll("#pathway .pathway li").Length);
        Assert.Equal(6, page.QuerySelectorAll("#sources .sources li").Length);
        Assert.Contains("Not yet verified", page.GetElementById("sources")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(38, page.QuerySelectorAll("#transcript .transcript li").Length);
        Assert.Equal("PT9M27S", page.QuerySelectorAll("#transcript time")[^1].GetAttribute("datetime"));
        Assert.Contains(page.QuerySelectorAll("#faq dt"), dt => dt.TextContent == "How much does a Machine Learning Engineer earn?");
    }

    [Fact]
    public async Task Page_loads_nothing_from_other_sites_and_has_no_inline_script()
    {
        var page = await site.Page(Url);
        var scripts = page.QuerySelectorAll("script:not([type='application/ld+json'])");
        Assert.All(scripts, s => Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(scripts, s => Assert.Equal(string.Empty, s.TextContent));
        Assert.All(page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], img[src], script[src]"), e =>
            Assert.StartsWith("/", e.GetAttribute("href") ?? e.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }
}
