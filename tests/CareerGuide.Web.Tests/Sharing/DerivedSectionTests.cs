namespace CareerGuide.Web.Tests.Sharing;

/// <summary>Sections 13 (similar careers) and 15 (further reading) appear when there is something to show.</summary>
public sealed class DerivedSectionTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    [Fact]
    public async Task Similar_careers_share_industries_skills_or_titles_and_show_comparable_figures()
    {
        var page = await fixture.Site.Page("/careers/lunar-greenhouse-technician/similar");
        var items = page.QuerySelectorAll(".similar li");
        Assert.Equal(["Orbital Hydroponics Engineer", "Asteroid Surveyor"], items.Select(i => i.QuerySelector(".similar-title")!.TextContent));
        Assert.Contains("$95,000 per year", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("+12% by 2035", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("In common: Greenhouse Technician, space agriculture, Botany, Patience", items[0].QuerySelector(".shared")!.TextContent);
        Assert.Equal("/compare?careers=lunar-greenhouse-technician,orbital-hydroponics-engineer",
            items[0].QuerySelectorAll("a")[^1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_career_with_nothing_in_common_has_no_similar_section()
    {
        await fixture.Site.Page("/careers/nebula-photographer/similar", 404);
    }

    [Fact]
    public async Task Further_reading_lists_articles_that_name_the_career()
    {
        var page = await fixture.Site.Page("/careers/asteroid-surveyor");
        Assert.Equal(["/articles/asteroid-mining-jobs"], page.QuerySelectorAll("#reading .article-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll(".toc a"), a => a.GetAttribute("href") == "#reading");
        await fixture.Site.Page("/careers/comet-cartographer/reading", 404);
    }
}
