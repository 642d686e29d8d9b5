using CareerGuide.Content.Model;

namespace CareerGuide.Content.Tests;

/// <summary>The URL scheme: what it writes, it reads back.</summary>
public sealed class LinksTests
{
    [Fact]
    public void Urls_follow_the_promised_scheme()
    {
        Assert.Equal("/careers/welder", Links.Guide("welder"));
        Assert.Equal("/careers/welder/skills", Links.Section("welder", "skills"));
        Assert.Equal("/articles/on-welding", Links.Article("on-welding"));
        Assert.Equal("/compare?careers=welder,plumber", Links.CompareOf(["welder", "plumber"]));
    }

    [Fact]
    public void Parse_reads_back_careers_sections_and_articles()
    {
        var section = Links.Parse(Links.Section("welder", "05") + "?x=1#top");
        Assert.Equal((SitePathKind.Career, "welder", "05"), (section.Kind, section.Slug, section.Section));
        var article = Links.Parse(Links.Article("on-welding"));
        Assert.Equal((SitePathKind.Article, "on-welding", (string?)null), (article.Kind, article.Slug, article.Section));
        var list = Links.Parse(Links.Careers);
        Assert.Equal((SitePathKind.Career, (string?)null), (list.Kind, list.Slug));
        Assert.Equal(SitePathKind.Other, Links.Parse("/images/x.svg").Kind);
        Assert.Empty(Links.Parse("/").Segments);
    }
}

/// <summary>Slugs made from names.</summary>
public sealed class SlugFromNameTests
{
    [Theory]
    [InlineData("Data Scientist", "data-scientist")]
    [InlineData("Pâtissière", "patissiere")]
    [InlineData("Police and Sheriff's Patrol Officer", "police-and-sheriffs-patrol-officer")]
    [InlineData("Associate’s Degree Holder", "associates-degree-holder")]
    public void A_name_becomes_a_slug(string name, string slug) => Assert.Equal(slug, Model.Slug.FromName(name));
}
