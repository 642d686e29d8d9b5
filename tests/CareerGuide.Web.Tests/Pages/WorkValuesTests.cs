namespace CareerGuide.Web.Tests.Pages;

/// <summary>09 Fit shows what the work offers (O*NET's work values) beside the interests, over the shipped guides.</summary>
public sealed class WorkValuesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Registered_nurse_fit_names_the_values_the_work_offers_most_with_our_words()
    {
        var page = await site.Page("/careers/registered-nurse/fit");
        var items = page.QuerySelectorAll("ul.values li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.StartsWith("Relationships (6.33 of 7): You want to help people", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Support (6.0 of 7)", items[1], StringComparison.Ordinal);
        Assert.Contains("1 (not at all) to 7 (a great deal)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Work Values", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guide_without_values_shows_no_empty_list()
    {
        var page = await site.Page("/careers/machine-learning-engineer/fit");
        Assert.Null(page.QuerySelector("ul.values"));
    }
}
