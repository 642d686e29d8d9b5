using System.Text.Json;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>
/// The shipped imported guides as a student sees them: the OEWS and Employment Projections figures exactly as
/// published, where each comes from, and the attribution the O*NET licence requires on every page.
/// </summary>
public sealed class ImportedGuidePagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static string Text(AngleSharp.Dom.IElement? e) => string.Join(' ', (e?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Registered_nurses_market_shows_the_oews_and_projection_figures_exactly()
    {
        var page = await site.Page("/careers/registered-nurse/market");
        var rows = page.QuerySelectorAll("table.percentiles tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(
            [["10th", "$66,030", "$31.75"], ["25th", "$78,610", "$37.79"], ["Median", "$93,600", "$45.00"], ["75th", "$107,960", "$51.90"], ["90th", "$135,320", "$65.06"]],
            rows);
        var facts = page.QuerySelectorAll(".facts div").Select(d => Text(d.QuerySelector("dt")) + " " + Text(d.QuerySelector("dd"))).ToList();
        Assert.Equal(["People employed, 2024 3,391,000", "Projected growth, 2024–2034 +4.9% (all occupations: +3.1%)", "Openings a year, on average 189,100"], facts);
        Assert.Contains("Figures: BLS OEWS May 2024 (pay); BLS Employment Projections 2024-34 (employment, growth, openings)", Text(page.QuerySelector(".figures-source")), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".facts dt:contains('demand')"));
    }

    [Fact]
    public async Task Electricians_and_software_developers_carry_their_figures()
    {
        var electrician = await site.Page("/careers/electrician/market");
        Assert.Equal("$62,350", electrician.QuerySelector("table.percentiles tr.median td")!.TextContent);
        Assert.Contains("+9.5%", Text(electrician.QuerySelector(".facts")), StringComparison.Ordinal);
        var pathway = await site.Page("/careers/electrician/pathway");
        Assert.Contains("Apprenticeship", pathway.QuerySelectorAll(".pathway .stage").Select(s => s.TextContent));

        var developers = await site.Page("/careers/software-developer/market");
        var annual = developers.QuerySelectorAll("table.percentiles tbody tr td:nth-child(2)").Select(c => c.TextContent).ToList();
        Assert.Equal(("$79,850", "$133,080", "$211,450"), (annual[0], annual[2], annual[4]));
        Assert.Contains("+15.8%", Text(developers.QuerySelector(".facts")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_top_coded_wage_reads_or_more_and_an_hourly_only_occupation_says_why()
    {
        var surgeons = await site.Page("/careers/pediatric-surgeon/market");
        Assert.Contains("$239,200 or more", surgeons.QuerySelectorAll("table.percentiles td").Select(c => c.TextContent));
        Assert.Contains("at the survey’s cap", surgeons.QuerySelector("p.note")!.TextContent, StringComparison.Ordinal);

        var actors = await site.Page("/careers/actor/market");
        Assert.Equal("Pay in the United States, per hour (USD)", actors.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("Only hourly pay is published", actors.QuerySelector("p.note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_occupation_json_ld_gives_pay_percentiles_as_a_monetary_amount_distribution()
    {
        var page = await site.Page("/careers/registered-nurse");
        var occupation = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Single(j => j.TryGetProperty("mainEntity", out var m) && m.ValueKind == JsonValueKind.Object && m.GetProperty("@type").GetString() == "Occupation")
            .GetProperty("mainEntity");
        Assert.Equal("29-1141", occupation.GetProperty("occupationalCategory").GetString());
        var annual = occupation.GetProperty("estimatedSalary")[0];
        Assert.Equal("MonetaryAmountDistribution", annual.GetProperty("@type").GetString());
        Assert.Equal("P1Y", annual.GetProperty("duration").GetString());
        Assert.Equal((66030m, 78610m, 93600m, 107960m, 135320m), (annual.GetProperty("percentile10").GetDecimal(), annual.GetProperty("percentile25").GetDecimal(),
            annual.GetProperty("median").GetDecimal(), annual.GetProperty("percentile75").GetDecimal(), annual.GetProperty("percentile90").GetDecimal()));
        Assert.Equal("PT1H", occupation.GetProperty("estimatedSalary")[1].GetProperty("duration").GetString());
    }

    [Fact]
    public async Task Sections_name_their_sources_and_the_sources_section_their_releases_and_import_date()
    {
        var sources = await site.Page("/careers/registered-nurse/sources");
        var items = sources.QuerySelectorAll("ol.sources li").Select(Text).ToList();
        Assert.Contains(items, i => i.Contains("O*NET 30.1 Database, December 2025", StringComparison.Ordinal) && i.Contains("CC BY 4.0", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("OEWS May 2024 national estimates", StringComparison.Ordinal));
        Assert.Equal("https://www.onetonline.org/link/summary/29-1141.00", sources.QuerySelector("ol.sources a")!.GetAttribute("href"));
        Assert.StartsWith("Figures imported from these sources' data files on", Text(sources.QuerySelector("p.verified")), StringComparison.Ordinal);
        foreach (var section in new[] { "snapshot", "pathway", "skills", "education", "market", "fit" })
            Assert.StartsWith("Figures: ", Text((await site.Page($"/careers/registered-nurse/{section}")).QuerySelector(".figures-source")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fit_shows_the_interest_profile_and_our_statements_for_the_top_areas()
    {
        var fit = await site.Page("/careers/registered-nurse/fit");
        Assert.Contains("Strongest interest areas: Social, Investigative, Conventional.", Text(fit.QuerySelector("main")), StringComparison.Ordinal);
        Assert.Equal(6, fit.QuerySelectorAll("ul.interests li").Length);
        Assert.Equal(6, fit.QuerySelectorAll(".fit-check input[type=checkbox]").Length);
    }

    [Fact]
    public async Task Similar_careers_start_with_onets_related_occupations_that_have_a_guide()
    {
        var similar = await site.Page("/careers/registered-nurse/similar");
        var first = similar.QuerySelectorAll(".similar .similar-title").Select(a => a.GetAttribute("href")).First();
        Assert.Equal("/careers/nurse-practitioner", first); // 29-1171.00, O*NET's first related occupation with a guide
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/careers/registered-nurse")]
    [InlineData("/credits")]
    public async Task Every_page_credits_onet_under_its_licence_and_trademark_and_bls(string url)
    {
        var credit = Text((await site.Page(url)).QuerySelector(".site-footer .data-credit"));
        Assert.Equal("Career data: O*NET 30.1 by USDOL/ETA, used under CC BY 4.0 (O*NET® is a trademark of USDOL/ETA), and the U.S. Bureau of Labor Statistics. Credits", credit);
    }

    [Fact]
    public async Task The_credits_page_gives_the_attribution_and_every_release_in_use()
    {
        var page = await site.Page("/credits");
        var text = Text(page.QuerySelector("main"));
        Assert.Contains("This site includes information from the O*NET 30.1 Database and the O*NET 29.0 Database (knowledge ratings) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.", text, StringComparison.Ordinal);
        Assert.Contains("work values, knowledge ratings, technology examples", text, StringComparison.Ordinal);
        Assert.Contains("Programs of study come from the CIP 2020 to SOC 2018 crosswalk", text, StringComparison.Ordinal);
        var releases = page.QuerySelectorAll("table.releases tbody tr td:first-child").Select(t => t.TextContent).ToList();
        Assert.Contains("O*NET 30.1 Database, December 2025", releases);
        Assert.Contains("OEWS May 2024 national estimates", releases);
        Assert.Contains("Employment Projections 2024-34, Tables 1.2, 5.3, 6.2 and 6.5", releases);
        Assert.Contains("CIP 2020 / SOC 2018 crosswalk, 2020", releases);
    }

    [Fact]
    public async Task The_home_page_is_a_way_in_not_the_whole_catalogue()
    {
        var home = await site.Page("/");
        Assert.Equal(["Machine Learning Engineer"], home.QuerySelectorAll(".cards h3").Select(h => h.TextContent));
        var openings = home.QuerySelectorAll(".openings-list li a").Select(a => a.TextContent).ToList();
        Assert.Equal(Web.Pages.IndexModel.ListSize, openings.Count);
        Assert.Contains("All 832 careers, A to Z", Text(home.QuerySelector("main")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RN", "/careers/registered-nurse")]
    [InlineData("journeyman electrician", "/careers/electrician")]
    public async Task Alternate_titles_are_searchable_without_being_listed(string query, string guide)
    {
        var results = await site.Page("/search?q=" + Uri.EscapeDataString(query));
        Assert.Contains(guide + "/snapshot", results.QuerySelectorAll(".results a.result-title").Take(3).Select(a => a.GetAttribute("href")));
    }
}
