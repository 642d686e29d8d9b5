namespace CareerGuide.Web.Tests.Pages;

/// <summary>Markup that browsers would silently repair, checked as the server writes it.</summary>
public sealed class MarkupTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<string> Html(string url)
    {
        using var response = await site.Client().GetAsync(new Uri(url, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Section_subheadings_are_well_formed_at_the_right_level()
    {
        var guide = await Html("/careers/machine-learning-engineer");
        Assert.Contains("<h3 id=\"tradeoffs-pros\">Pros</h3>", guide, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"day-timeline\">A representative day</h3>", guide, StringComparison.Ordinal);
        var section = await Html("/careers/machine-learning-engineer/tradeoffs");
        Assert.Contains("<h2 id=\"tradeoffs-myths\">Myths</h2>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("</@", guide, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/careers", "<h2><a href=\"/careers/accountant-and-auditor\">")]
    [InlineData("/articles", "<h2><a href=\"/articles/careers-in-machine-learning\">")]
    [InlineData("/", "<h3><a href=\"/careers/machine-learning-engineer\">")]
    public async Task Card_headings_follow_the_page_heading_without_skipping_a_level(string url, string expected) =>
        Assert.Contains(expected, await Html(url), StringComparison.Ordinal);
}
