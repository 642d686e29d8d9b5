using System.Net;
using CareerGuide.Content.Sections;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Cost;

/// <summary>Uncached pages whose work does not grow with the catalog: counted, not timed.</summary>
public sealed class CatalogSizeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Filter_pages_read_each_guide_once_per_catalog_never_per_request_or_option()
    {
        var catalog = site.Services.GetRequiredService<ContentStore>().Current;
        await site.Page("/careers");
        var facets = CareerFacets.Of(catalog);
        Assert.Equal(catalog.Guides.Count, facets.GuidesRead);
        foreach (var query in new[] { "?education=bachelor", "?group=healthcare-practitioners-and-technical&sort=salary", "?salary=50k-100k&growth=fast&page=2",
                     "?interest=realistic&education=high-school&sort=openings", "?growth=declining&sort=growth" })
        {
            using var response = await site.Client().GetAsync(new Uri("/careers" + query + "&n=" + query.Length, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, query);
        }
        Assert.Same(facets, CareerFacets.Of(catalog));
        Assert.Equal(catalog.Guides.Count, facets.GuidesRead);
    }

    [Theory]
    [InlineData("group", "healthcare-practitioners-and-technical", "salary", "50k-100k")]
    [InlineData("education", "high-school", "growth", "fast")]
    [InlineData("interest", "social", "education", "bachelor")]
    public void Combined_sets_give_what_reading_every_guide_gives(string first, string firstValue, string second, string secondValue)
    {
        var catalog = site.Services.GetRequiredService<ContentStore>().Current;
        var values = new Dictionary<string, string> { [first] = firstValue, [second] = secondValue };
        var filter = CareerFilter.From(null, null, values.GetValueOrDefault("salary"), values.GetValueOrDefault("growth"), "name", catalog,
            values.GetValueOrDefault("group"), values.GetValueOrDefault("education"), values.GetValueOrDefault("interest"));
        var byHand = catalog.Guides.Where(g => values.All(v => Has(g, v.Key, v.Value))).Select(g => g.Slug).ToList();
        Assert.NotEmpty(byHand);
        Assert.Equal(byHand, CareerFacets.Of(catalog).Apply(filter).Select(g => g.Slug));
    }

    // Each filter read straight from the guide, as a student would check it.
    private static bool Has(Content.Model.CareerGuide g, string dimension, string value)
    {
        var market = g.Section<MarketSection>();
        return dimension switch
        {
            "group" => g.Section<SnapshotSection>()?.Group is { } group && Content.Model.Slug.FromName(Content.Model.CareerGroup.NameOf(group)) == value,
            "salary" => market is not null && market.Salary.YearlyMedian >= 50_000 && market.Salary.YearlyMedian < 100_000,
            "growth" => market is not null && market.Growth.Percent >= 15,
            "education" => Content.Model.EducationLevel.OfCategory(g.Section<EducationSection>()?.EntryEducation) is { } level
                && level.Rank <= Content.Model.EducationLevel.OfKey(value)!.Rank,
            "interest" => g.Section<FitSection>() is { TopAreas.Count: > 0 } fit && fit.TopAreas[0].ToString().Equals(value, StringComparison.OrdinalIgnoreCase),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
    }

    [Theory]
    [InlineData("/wp-login.php")]
    [InlineData("/.env")]
    [InlineData("/careers/..%2f..%2fetc%2fpasswd")]
    [InlineData("/careers/registered-nurse/skills.json")]
    public async Task A_file_name_gets_a_plain_404_without_a_page_or_a_suggestion(string url)
    {
        using var response = await site.Client().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Not found.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mistyped_career_still_gets_its_suggestion()
    {
        var page = await site.Page("/careers/registerd-nurse", 404);
        Assert.Equal("/careers/registered-nurse", page.QuerySelector(".suggestion a")?.GetAttribute("href"));
        var truncated = await site.Page("/careers/electricia", 404);
        Assert.Equal("/careers/electrician", truncated.QuerySelector(".suggestion a")?.GetAttribute("href"));
    }
}
