namespace CareerGuide.Web.Tests.Pages;

/// <summary>11 High school plan for an imported guide, composed from its figures, over the shipped guides.</summary>
public sealed class HighSchoolPlanTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Registered_nurse_gets_classes_software_activities_and_the_way_in_each_with_its_figure()
    {
        var page = await site.Page("/careers/registered-nurse/high-school");
        var actions = page.QuerySelectorAll("ul.actions li").Select(li => li.TextContent).ToList();
        Assert.Equal("Take psychology: the work uses Psychology (importance 4.58 of 5).", actions[0]);
        Assert.Contains(actions, a => a.StartsWith("Start learning Microsoft Excel, a spreadsheet program", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.EndsWith("the work scores high on Social interests (5.62 of 7).", StringComparison.Ordinal));
        Assert.Equal("Plan for college: BLS says the usual way in is a four-year degree (bachelor's).", actions[^1]);
        Assert.Contains("Figures: O*NET 29.0 (Knowledge, importance)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hand_written_guide_keeps_its_own_plan()
    {
        var page = await site.Page("/careers/machine-learning-engineer/high-school");
        Assert.DoesNotContain(page.QuerySelectorAll("ul.actions li"), li => li.TextContent.Contains("the work uses", StringComparison.Ordinal));
    }
}
