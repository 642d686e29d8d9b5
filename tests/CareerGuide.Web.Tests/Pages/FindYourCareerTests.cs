namespace CareerGuide.Web.Tests.Pages;

/// <summary>
/// Ways into 800 careers for a student who does not know the name of the job: groups, filters that combine
/// and count, the interest check, and a home page that points to them. Over the shipped content.
/// </summary>
public sealed class FindYourCareerTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static string Text(AngleSharp.Dom.IElement? e) => string.Join(' ', (e?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Groups_list_every_soc_major_group_and_each_group_its_careers_with_key_figures()
    {
        var groups = await site.Page("/groups");
        var links = groups.QuerySelectorAll(".group-list a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(22, links.Count);
        Assert.Contains(("Healthcare practitioners and technical", "/groups/healthcare-practitioners-and-technical"), links);

        var healthcare = await site.Page("/groups/healthcare-practitioners-and-technical");
        Assert.Equal("Healthcare practitioners and technical careers", healthcare.QuerySelector("h1")!.TextContent);
        var nurse = healthcare.QuerySelectorAll("table.group-table tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/careers/registered-nurse");
        Assert.Equal(["$93,600 a year", "+4.9%", "189,100", "Bachelor's degree"], nurse.QuerySelectorAll("td").Select(Text));
        await site.Page("/groups/no-such-group", 404);

        var snapshot = await site.Page("/careers/registered-nurse/snapshot");
        Assert.Contains(snapshot.QuerySelectorAll(".facts a"), a => a.GetAttribute("href") == "/groups/healthcare-practitioners-and-technical");
    }

    [Fact]
    public async Task Filters_combine_count_and_keep_their_state_in_the_url()
    {
        var page = await site.Page("/careers?group=healthcare-practitioners-and-technical&education=associate&interest=social");
        var titles = page.QuerySelectorAll(".cards h2").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(titles);
        Assert.Contains("Dental Hygienist", titles);
        Assert.DoesNotContain("Registered Nurse", titles); // a bachelor's degree to start
        Assert.Equal("associate", page.QuerySelector("#f-education option[selected]")!.GetAttribute("value"));
        // Each group counts the careers it would show with the other filters kept.
        var count = page.QuerySelectorAll("#f-group option").Single(o => o.GetAttribute("value") == "healthcare-practitioners-and-technical").TextContent;
        Assert.EndsWith($"({titles.Count})", count, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_openings_puts_the_most_openings_first_and_a_to_z_links_jump_to_the_right_page()
    {
        var openings = await site.Page("/careers?sort=openings");
        Assert.Equal("Fast Food and Counter Worker", openings.QuerySelector(".cards h2")!.TextContent);

        var all = await site.Page("/careers");
        var r = all.QuerySelectorAll(".az a").Single(a => a.TextContent == "R").GetAttribute("href")!;
        var target = await site.Page(r.Split('#')[0]);
        Assert.NotNull(target.QuerySelector($"#{r.Split('#')[1]}"));
        Assert.StartsWith("R", Text(target.QuerySelector($"#{r.Split('#')[1]} h2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interest_check_turns_ticked_statements_into_careers_that_match_and_says_why()
    {
        var blank = await site.Page("/interests");
        Assert.Equal(30, blank.QuerySelectorAll(".interest-check input[type=checkbox][name=s]").Length);
        Assert.Equal("get", blank.QuerySelector("form.interest-check")!.GetAttribute("method"));

        // "I like helping people" and the other Social statements, plus two Investigative ones; two years at most.
        var social = new[] { "s4", "s10", "s16", "s22", "s28" };
        var query = "?" + string.Join("&", social.Concat(["s2", "s8"]).Select(s => "s=" + s)) + "&edu=associate&answered=1";
        using var response = await site.Client().GetAsync(new Uri("/interests" + query, UriKind.Relative));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var result = await site.Page("/interests" + query);
        Assert.Contains("Your strongest interest areas: Social, Investigative.", Text(result.QuerySelector("#results")), StringComparison.Ordinal);
        var matches = result.QuerySelectorAll("ol.matches li").ToList();
        Assert.InRange(matches.Count, 5, 20);
        Assert.All(matches.Take(5), m => Assert.Contains("You and this career are both strongest in Social", Text(m), StringComparison.Ordinal));
        Assert.DoesNotContain(matches, m => Text(m).Contains("Usual education to start: Bachelor's degree", StringComparison.Ordinal));
        Assert.All(social, s => Assert.NotNull(result.QuerySelector($"#{s}[checked]")));
    }

    [Fact]
    public async Task The_home_page_offers_the_ways_in()
    {
        var home = await site.Page("/");
        var hrefs = home.QuerySelectorAll(".ways a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/interests", "/groups", "/careers?education=high-school", "/careers?education=associate", "/careers?education=bachelor"], hrefs);
    }

    [Fact]
    public async Task Compare_draws_pay_on_one_axis_and_sets_education_shares_and_interests_side_by_side()
    {
        var page = await site.Page("/compare?careers=registered-nurse,electrician,software-developer");
        var chart = page.QuerySelector("figure.compare-pay")!;
        Assert.Equal(3, chart.QuerySelectorAll("li").Length);
        Assert.Equal(["$0", "$250,000"], chart.QuerySelectorAll(".range-axis span").Select(s => s.TextContent));
        Assert.Contains("$79,850–$211,450, median $133,080", Text(chart), StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("table.compare tbody tr th[scope=row]").Select(t => t.TextContent).ToList();
        Assert.Contains("Highest education: Bachelor's degree", rows);
        Assert.Contains("Social", rows);
        Assert.Contains("Openings a year", rows);
    }
}
