namespace CareerGuide.Web.Tests.Sharing;

/// <summary>/careers filters and sorting, as a plain GET form over the fixture careers.</summary>
public sealed class CareerFilterTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private async Task<string[]> Titles(string query)
    {
        var page = await fixture.Site.Page("/careers" + query);
        return [.. page.QuerySelectorAll(".cards h2").Select(h => h.TextContent)];
    }

    [Fact]
    public async Task Without_filters_every_guide_is_listed_a_to_z() =>
        Assert.Equal(["Asteroid Surveyor", "Comet Cartographer", "Lunar Greenhouse Technician", "Nebula Photographer", "Orbital Hydroponics Engineer"], await Titles(string.Empty));

    [Fact]
    public async Task Filters_by_industry_route_salary_band_and_growth()
    {
        Assert.Equal(["Lunar Greenhouse Technician", "Orbital Hydroponics Engineer"], await Titles("?industry=space+agriculture"));
        Assert.Equal(["Lunar Greenhouse Technician", "Orbital Hydroponics Engineer"], await Titles("?route=Station+apprenticeship"));
        Assert.Equal(["Asteroid Surveyor", "Lunar Greenhouse Technician", "Orbital Hydroponics Engineer"], await Titles("?salary=50k-100k"));
        Assert.Empty(await Titles("?salary=150k-plus"));
        Assert.Equal(["Lunar Greenhouse Technician"], await Titles("?growth=declining"));
        Assert.Equal(["Orbital Hydroponics Engineer"], await Titles("?industry=space+agriculture&growth=steady"));
    }

    [Fact]
    public async Task Sorts_by_median_pay_or_growth_with_guides_lacking_the_figure_last()
    {
        Assert.Equal(["Orbital Hydroponics Engineer", "Asteroid Surveyor", "Lunar Greenhouse Technician", "Comet Cartographer", "Nebula Photographer"], await Titles("?sort=salary"));
        Assert.Equal(["Orbital Hydroponics Engineer", "Asteroid Surveyor", "Lunar Greenhouse Technician", "Comet Cartographer", "Nebula Photographer"], await Titles("?sort=growth"));
    }

    [Fact]
    public async Task Unknown_values_are_ignored_and_no_match_says_so()
    {
        Assert.Equal(5, (await Titles("?industry=nope&sort=%3Cx%3E&salary=lots&extra=1")).Length);
        var page = await fixture.Site.Page("/careers?industry=photography&growth=fast");
        Assert.Empty(page.QuerySelectorAll(".cards li"));
        Assert.Contains("No career matches", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_is_a_get_form_that_keeps_the_choices()
    {
        var page = await fixture.Site.Page("/careers?industry=mining&sort=growth");
        var form = page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("mining", form.QuerySelector("#f-industry option[selected]")!.GetAttribute("value"));
        Assert.Equal("growth", form.QuerySelector("#f-sort option[selected]")!.GetAttribute("value"));
        Assert.All(form.QuerySelectorAll("select"), s => Assert.NotNull(form.QuerySelector($"label[for='{s.Id}']")));
    }
}
