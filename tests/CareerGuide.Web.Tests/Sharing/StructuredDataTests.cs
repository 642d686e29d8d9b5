using System.Text.Json;
using AngleSharp.Html.Dom;
using CareerGuide.Content.Loading;
using CareerGuide.Content.Sections;
using CareerGuide.Web.Hosting;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>JSON-LD: parsed as JSON, checked for schema.org types and required properties.</summary>
public sealed class StructuredDataTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static List<JsonElement> JsonLd(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())];

    private static JsonElement OfType(IEnumerable<JsonElement> docs, string type) =>
        docs.Single(d => d.GetProperty("@type").GetString() == type);

    [Theory]
    [InlineData("/")]
    [InlineData("/careers")]
    [InlineData("/careers/machine-learning-engineer")]
    [InlineData("/careers/machine-learning-engineer/skills")]
    [InlineData("/articles/careers-in-machine-learning")]
    public async Task Every_page_has_a_breadcrumb_list_starting_at_home(string path)
    {
        var crumbs = OfType(JsonLd(await site.Page(path)), "BreadcrumbList");
        Assert.Equal("https://schema.org", crumbs.GetProperty("@context").GetString());
        var items = crumbs.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal("http://localhost:5077/", items[0].GetProperty("item").GetString());
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.All(items, i => Assert.Equal("ListItem", i.GetProperty("@type").GetString()));
        if (path != "/") Assert.Equal("http://localhost:5077" + path, items[^1].GetProperty("item").GetString());
    }

    [Fact]
    public void A_guides_json_is_written_once_per_site_and_each_site_keeps_its_own_addresses()
    {
        var catalog = ContentLoader.Load(Path.Combine(SiteFactory.RepositoryRoot, "content"), DateOnly.FromDateTime(DateTime.UtcNow)).Catalog;
        var guide = catalog.FindGuide("machine-learning-engineer")!;
        var one = new SiteOptions { BaseUrl = "https://one.example" };
        var two = new SiteOptions { BaseUrl = "https://two.example" };

        var first = StructuredData.Occupation(one, guide);
        Assert.Same(first, StructuredData.Occupation(one, guide));
        Assert.Same(StructuredData.Faq(guide, guide.Section<FaqSection>()!), StructuredData.Faq(guide, guide.Section<FaqSection>()!));

        var other = StructuredData.Occupation(two, guide);
        Assert.Contains("\"url\":\"https://two.example/careers/machine-learning-engineer\"", other, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"https://one.example/careers/machine-learning-engineer\"", StructuredData.Occupation(one, guide), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guide_is_an_occupation_with_salary_distribution_education_skills_location_and_date()
    {
        var page = OfType(JsonLd(await site.Page("/careers/machine-learning-engineer")), "WebPage");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", page.GetProperty("dateModified").GetString());
        var occupation = page.GetProperty("mainEntity");
        Assert.Equal("Occupation", occupation.GetProperty("@type").GetString());
        Assert.Equal("Machine Learning Engineer", occupation.GetProperty("name").GetString());
        Assert.StartsWith("Machine learning engineers build AI models", occupation.GetProperty("description").GetString(), StringComparison.Ordinal);
        var salary = occupation.GetProperty("estimatedSalary").EnumerateArray().ToList();
        var distribution = OfType(salary, "MonetaryAmountDistribution");
        Assert.Equal(155000m, distribution.GetProperty("median").GetDecimal());
        Assert.Equal("USD", distribution.GetProperty("currency").GetString());
        Assert.Equal("P1Y", distribution.GetProperty("duration").GetString());
        var range = OfType(salary, "MonetaryAmount");
        Assert.Equal(118000m, range.GetProperty("minValue").GetDecimal());
        Assert.Equal(191000m, range.GetProperty("maxValue").GetDecimal());
        // Only properties schema.org gives MonetaryAmount (unitText belongs to QuantitativeValue).
        Assert.All(range.EnumerateObject(), p => Assert.Contains(p.Name, new[] { "@type", "currency", "minValue", "maxValue", "value", "validFrom", "validThrough" }));
        Assert.Equal(4, occupation.GetProperty("educationRequirements").GetArrayLength());
        Assert.Contains("Python coding", occupation.GetProperty("skills").GetString(), StringComparison.Ordinal);
        Assert.Equal("United States", occupation.GetProperty("occupationLocation")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_faq_is_an_faq_page_on_the_guide_and_on_its_section_page()
    {
        foreach (var path in new[] { "/careers/machine-learning-engineer", "/careers/machine-learning-engineer/faq" })
        {
            var faq = OfType(JsonLd(await site.Page(path)), "FAQPage");
            var questions = faq.GetProperty("mainEntity").EnumerateArray().ToList();
            Assert.Equal(7, questions.Count);
            Assert.All(questions, q =>
            {
                Assert.Equal("Question", q.GetProperty("@type").GetString());
                Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("name").GetString()));
                Assert.Equal("Answer", q.GetProperty("acceptedAnswer").GetProperty("@type").GetString());
                Assert.DoesNotContain("<", q.GetProperty("acceptedAnswer").GetProperty("text").GetString(), StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task An_imported_guide_has_an_faq_page_of_the_questions_students_ask()
    {
        foreach (var path in new[] { "/careers/registered-nurse", "/careers/registered-nurse/faq" })
        {
            var faq = OfType(JsonLd(await site.Page(path)), "FAQPage");
            var names = faq.GetProperty("mainEntity").EnumerateArray().Select(q => q.GetProperty("name").GetString()).ToList();
            Assert.Equal(["How much does a registered nurse make?", "Do you need a degree to be a registered nurse?", "What should I study to become a registered nurse?",
                "Are registered nurses in demand?", "How do I become a registered nurse?", "What skills and software does a registered nurse use?",
                "What careers are like a registered nurse?"], names);
            var similar = faq.GetProperty("mainEntity")[6].GetProperty("acceptedAnswer").GetProperty("text").GetString();
            Assert.Contains("Licensed Practical and Licensed Vocational Nurse", similar, StringComparison.Ordinal);
            var pay = faq.GetProperty("mainEntity")[0].GetProperty("acceptedAnswer").GetProperty("text").GetString();
            Assert.Contains("$93,600 a year", pay, StringComparison.Ordinal);
            Assert.Contains("BLS OEWS May 2024", pay, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_article_is_an_article_with_headline_image_dates_and_author()
    {
        var article = OfType(JsonLd(await site.Page("/articles/careers-in-machine-learning")), "Article");
        Assert.Equal("Navigating the Future: Exploring Lucrative Careers in Machine Learning", article.GetProperty("headline").GetString());
        Assert.Equal("http://localhost:5077/images/articles/careers-in-machine-learning.svg", article.GetProperty("image").GetString());
        Assert.Equal("2025-03-02", article.GetProperty("datePublished").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", article.GetProperty("dateModified").GetString());
        Assert.Equal("CareerGuide editors", article.GetProperty("author").GetProperty("name").GetString());
        var logo = article.GetProperty("publisher").GetProperty("logo");
        Assert.Equal("ImageObject", logo.GetProperty("@type").GetString());
        Assert.Equal("http://localhost:5077/favicon.svg", logo.GetProperty("url").GetString());
        Assert.Equal("http://localhost:5077/articles/careers-in-machine-learning", article.GetProperty("mainEntityOfPage").GetString());
    }
}
