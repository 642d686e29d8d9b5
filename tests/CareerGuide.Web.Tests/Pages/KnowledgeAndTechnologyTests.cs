namespace CareerGuide.Web.Tests.Pages;

/// <summary>05 Skills shows the knowledge and technology the work uses (O*NET), over the shipped guides.</summary>
public sealed class KnowledgeAndTechnologyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Registered_nurse_skills_list_the_knowledge_used_most_with_the_scale_explained()
    {
        var page = await site.Page("/careers/registered-nurse/skills");
        var areas = page.QuerySelectorAll("ul.knowledge li").Select(li => li.QuerySelector(".bar-label")!.TextContent).ToList();
        Assert.Equal(6, areas.Count);
        Assert.Equal("Psychology", areas[0]);
        Assert.Contains("Medicine and Dentistry", areas);
        var values = page.QuerySelectorAll("ul.knowledge data").Select(d => decimal.Parse(d.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderDescending(), values);
        Assert.All(values, v => Assert.InRange(v, 3m, 5m));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("from 1 (not important) to 5 (extremely important)", text, StringComparison.Ordinal);
        Assert.Contains("Figures: O*NET 29.0 (Knowledge, importance)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Software_developer_technology_shows_hot_technologies_first_with_a_count_of_the_rest()
    {
        var page = await site.Page("/careers/software-developer/skills");
        var examples = page.QuerySelectorAll("ul.technology .example").ToList();
        Assert.Equal(12, examples.Count);
        // Software developers' list has 31 examples both hot and in demand: the dozen shown are all of them.
        Assert.All(examples, e => Assert.Equal(["in demand", "hot"], Tags(e)));

        // Electricians' has eight hot ones and none in demand: under each kind, the hot ones come first.
        var electrician = await site.Page("/careers/electrician/skills");
        var kinds = electrician.QuerySelectorAll("ul.technology > li").Select(li => li.QuerySelectorAll(".example").Select(e => Tags(e).Contains("hot")).ToList()).ToList();
        Assert.True(kinds[0][0]);
        Assert.All(kinds, hot => Assert.Equal(hot.OrderByDescending(h => h), hot));
        Assert.Equal(8, kinds.Sum(k => k.Count(h => h)));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Python", text, StringComparison.Ordinal);
        Assert.Matches(@"O\*NET lists \d{3} more\.", text);
        Assert.Contains("Figures: O*NET 30.1 (Technology Skills)", text, StringComparison.Ordinal);
    }

    // The marks that follow an example, up to the next example.
    private static List<string> Tags(AngleSharp.Dom.IElement example)
    {
        var tags = new List<string>();
        for (var next = example.NextElementSibling; next is not null && next.ClassList.Contains("tag"); next = next.NextElementSibling) tags.Add(next.TextContent);
        return tags;
    }
}
