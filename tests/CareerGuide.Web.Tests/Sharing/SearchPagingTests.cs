namespace CareerGuide.Web.Tests.Sharing;

/// <summary>Search shows every result, twenty to a page, over the shipped careers.</summary>
public sealed class SearchPagingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Every_result_is_reachable_page_by_page()
    {
        var first = await site.Page("/search?q=hydraulics");
        var status = first.QuerySelector(".result-count")!.TextContent;
        var total = int.Parse(status.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 20, status);
        var seen = new List<string>();
        for (var url = "/search?q=hydraulics"; url is not null;)
        {
            var page = await site.Page(url);
            var links = page.QuerySelectorAll(".results .result-title").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(links.Count, 1, 20);
            seen.AddRange(links);
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        await site.Page("/search?q=hydraulics&page=99", 404);
    }
}
