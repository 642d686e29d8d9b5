namespace CareerGuide.Web.Tests.Pages;

/// <summary>Search finds careers by what the public data says about them: programs, technology, knowledge.</summary>
public sealed class SearchByDataTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("nursing school", "/careers/registered-nurse")]
    [InlineData("welding program", "/careers/welders-cutters-solderers-and-brazers")]
    [InlineData("culinary arts", "/careers/chef-and-head-cook")]
    [InlineData("AutoCAD", "/careers/architectural-and-civil-drafter")]
    [InlineData("Python", "/careers/software-developer")]
    [InlineData("Medicine and Dentistry", "/careers/family-medicine-physician")]
    public async Task A_program_a_technology_or_a_knowledge_area_finds_the_career_in_the_first_five(string query, string guide)
    {
        var results = await site.Page("/search?q=" + Uri.EscapeDataString(query));
        Assert.Contains(results.QuerySelectorAll(".results a.result-title").Take(5).Select(a => a.GetAttribute("href")),
            href => href!.StartsWith(guide + "/", StringComparison.Ordinal));
    }
}
