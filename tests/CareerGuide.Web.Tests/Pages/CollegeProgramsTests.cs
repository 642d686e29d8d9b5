namespace CareerGuide.Web.Tests.Pages;

/// <summary>12 College strategy lists the programs of study that lead to the work (CIP 2020 to SOC 2018), over the shipped guides.</summary>
public sealed class CollegeProgramsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Registered_nurse_lists_registered_nursing_with_its_college_navigator_link()
    {
        var page = await site.Page("/careers/registered-nurse/college");
        var first = page.QuerySelector("ul.programs li")!;
        Assert.Equal("Registered Nursing/Registered Nurse (CIP 51.3801)", first.TextContent);
        Assert.Equal("https://nces.ed.gov/collegenavigator/?p=51.3801", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(GuideComposerMax, page.QuerySelectorAll("ul.programs li").Length);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Matches(@"\d+ programs of study lead to this work; here are the 6 closest\.", text);
        Assert.Contains("BLS says the usual way in is a four-year degree (bachelor's).", text, StringComparison.Ordinal);
        Assert.Matches(@"Of the people doing this work, \d+% have a bachelor's degree or more", text);
        Assert.Contains("Figures: NCES and BLS CIP 2020 to SOC 2018 crosswalk", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Electrician_lists_the_electrician_program_and_names_the_apprenticeship()
    {
        var page = await site.Page("/careers/electrician/college");
        Assert.Equal(["Electrician (CIP 46.0302)"], page.QuerySelectorAll("ul.programs li").Select(li => li.TextContent));
        Assert.Contains("Another way in: an apprenticeship.", page.QuerySelector(".route")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hand_written_guide_keeps_its_college_prose_with_no_list()
    {
        var page = await site.Page("/careers/machine-learning-engineer/college");
        Assert.Null(page.QuerySelector("ul.programs"));
        Assert.Contains("Computer Science", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private const int GuideComposerMax = Import.Writing.GuideComposer.MaxPrograms;
}
