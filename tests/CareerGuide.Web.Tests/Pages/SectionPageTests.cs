namespace CareerGuide.Web.Tests.Pages;

/// <summary>One section alone at /careers/{career}/{slug}, and the number form that redirects to it.</summary>
public sealed class SectionPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Guide = "/careers/machine-learning-engineer";

    public static TheoryData<string, string> Sections() => new()
    {
        { "snapshot", "Snapshot" }, { "why-it-matters", "Why it matters" }, { "day", "A real day" }, { "pathway", "Pathway" },
        { "skills", "Skills" }, { "education", "Education map" }, { "market", "Market" }, { "outlook", "Outlook" },
        { "fit", "Fit" }, { "tradeoffs", "Trade-offs" }, { "high-school", "High school plan" }, { "college", "College strategy" },
        { "sources", "Sources" }, { "reading", "Further reading" }, { "transcript", "Audio guide transcript" }, { "faq", "FAQ" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Every_section_opens_alone_with_its_own_title_and_a_link_back(string slug, string title)
    {
        var page = await site.Page($"{Guide}/{slug}");
        Assert.Equal($"{title} · Machine Learning Engineer · CareerGuide", page.Title);
        Assert.StartsWith(title, page.QuerySelector("h1")!.TextContent.Trim()[3..], StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("article.guide-section"));
        Assert.Equal($"{Guide}#{slug}", page.QuerySelector(".prev-next .back a")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
    }

    [Fact]
    public void Every_section_kind_has_its_partial_typed_by_its_model()
    {
        var folder = Path.Combine(SiteFactory.RepositoryRoot, "src", "CareerGuide.Web", "Pages", "Shared");
        foreach (var kind in Enum.GetValues<Content.Model.SectionKind>())
        {
            var partial = Content.Model.SectionCatalog.Get(kind).Rules.PartialName;
            var file = Path.Combine(folder, partial + ".cshtml");
            Assert.True(File.Exists(file), $"no partial for {kind}");
            // _Skills renders SkillsSection: the partial's model is the kind's own type, so it never casts.
            Assert.Equal($"@model SectionView<{Path.GetFileName(partial)[1..]}Section>", File.ReadLines(file).First());
        }
    }

    [Fact]
    public async Task Previous_and_next_skip_the_sections_the_guide_does_not_have()
    {
        var sources = await site.Page($"{Guide}/sources");
        Assert.Equal($"{Guide}/college", sources.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"{Guide}/reading", sources.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var college = await site.Page($"{Guide}/college");
        Assert.Equal($"{Guide}/sources", college.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var first = await site.Page($"{Guide}/snapshot");
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var last = await site.Page($"{Guide}/faq");
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Skills_description_is_drawn_from_the_ratings()
    {
        var page = await site.Page($"{Guide}/skills");
        Assert.Equal("Skills for Machine Learning Engineers, rated 0–100: Logic & abstraction 92, Communication 76, Python coding 90, Math & statistics 94, Systems thinking 88.",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("05", "skills")]
    [InlineData("5", "skills")]
    [InlineData("01", "snapshot")]
    [InlineData("17", "faq")]
    public async Task A_section_number_redirects_permanently_to_the_slug(string number, string slug)
    {
        using var response = await site.Client().GetAsync(new Uri($"{Guide}/{number}", UriKind.Relative));
        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal($"{Guide}/{slug}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("18")]
    [InlineData("00")]
    public async Task A_number_the_guide_does_not_have_is_404(string number) =>
        await site.Page($"{Guide}/{number}", 404);

    [Fact]
    public async Task The_fit_self_check_counts_ticks_against_the_threshold_without_javascript()
    {
        var blank = await site.Page($"{Guide}/fit");
        Assert.Equal(5, blank.QuerySelectorAll(".fit-check input[type=checkbox]").Length);
        Assert.Null(blank.QuerySelector(".fit-result"));

        var three = await site.Page($"{Guide}/fit?s=0&s=2&s=4&answered=1");
        Assert.Contains("You ticked 3 of 5", three.QuerySelector(".fit-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("likely a good fit", three.QuerySelector(".fit-result")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, three.QuerySelectorAll("input[checked]").Length);

        var two = await site.Page($"{Guide}/fit?s=1&s=1&s=9&s=x&answered=1");
        Assert.Contains("You ticked 1 of 5", two.QuerySelector(".fit-result")!.TextContent, StringComparison.Ordinal);
    }
}
