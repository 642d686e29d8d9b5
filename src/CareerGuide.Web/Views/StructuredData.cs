using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.Hosting;

namespace CareerGuide.Web.Views;

/// <summary>
/// schema.org JSON-LD for guides (WebPage + Occupation), FAQs, articles and breadcrumbs. The default
/// System.Text.Json encoder escapes &lt; &gt; and &amp;, so content can never close the script element.
/// A guide's and a FAQ's JSON is written once per loaded guide and kept with it (a reload makes new guides,
/// and the old entries go with the old guides).
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
    private static readonly ConditionalWeakTable<Content.Model.CareerGuide, string> FaqJson = [];
    private static readonly ConditionalWeakTable<Content.Model.CareerGuide, Written> OccupationJson = [];

    private sealed record Written(SiteOptions Site, string Json);

    /// <summary>BreadcrumbList from the home page to this page.</summary>
    public static string Breadcrumbs(SiteOptions site, IReadOnlyList<Crumb> crumbs)
    {
        var all = new[] { new Crumb("Home", "/") }.Concat(crumbs).ToList();
        return Write(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray([.. all.Select((c, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = c.Name,
                ["item"] = site.Absolute(c.Path),
            })]),
        });
    }

    /// <summary>The guide's page, whose main entity is the Occupation, with the date its data was last checked.</summary>
    public static string Occupation(SiteOptions site, Content.Model.CareerGuide guide)
    {
        if (OccupationJson.TryGetValue(guide, out var written) && ReferenceEquals(written.Site, site)) return written.Json;
        var json = WriteOccupation(site, guide);
        OccupationJson.AddOrUpdate(guide, new Written(site, json));
        return json;
    }

    private static string WriteOccupation(SiteOptions site, Content.Model.CareerGuide guide)
    {
        var snapshot = guide.Section<SnapshotSection>();
        var market = guide.Section<MarketSection>();
        var education = guide.Section<EducationSection>();
        var skills = guide.Section<SkillsSection>();
        var sources = guide.Section<SourcesSection>();

        var occupation = new JsonObject
        {
            ["@type"] = "Occupation",
            ["name"] = guide.Title,
            ["description"] = guide.Summary.Length > 0 ? guide.Summary : guide.Title,
        };
        // schema.org asks for the occupation's code in a classification such as the SOC.
        if (snapshot?.Codes is { } codes) occupation["occupationalCategory"] = codes.Soc;
        if (snapshot is not null) occupation["alternateName"] = new JsonArray([.. snapshot.Titles.Where(t => t != guide.Title).Select(t => (JsonNode)t)]);
        var skillNames = (skills?.Ratings.Select(r => r.Skill) ?? []).Concat(snapshot?.TopSkills ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (skillNames.Count > 0) occupation["skills"] = string.Join(", ", skillNames);
        if (education is { Routes.Count: > 0 })
            occupation["educationRequirements"] = new JsonArray([.. education.Routes.Select(r => (JsonNode)$"{r.Route} ({r.SharePercent}% of people)")]);
        else if (education?.EntryEducation is { } entry)
            occupation["educationRequirements"] = entry;
        if (market is not null)
        {
            var s = market.Salary;
            var duration = s.Period == PayPeriod.Hour ? "PT1H" : "P1Y";
            occupation["occupationLocation"] = new JsonArray(new JsonObject { ["@type"] = "Country", ["name"] = market.Region });
            occupation["estimatedSalary"] = s.Percentiles is null
                ? new JsonArray(
                    new JsonObject
                    {
                        ["@type"] = "MonetaryAmountDistribution",
                        ["name"] = "typical",
                        ["currency"] = s.Currency,
                        ["duration"] = duration,
                        ["median"] = s.Median,
                    },
                    new JsonObject
                    {
                        ["@type"] = "MonetaryAmount",
                        ["currency"] = s.Currency,
                        ["minValue"] = s.Low,
                        ["maxValue"] = s.High,
                    })
                : new JsonArray([.. new[] { s, market.Hourly }.OfType<SalaryRange>().Select(Distribution)]);
        }
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["url"] = site.Absolute(Links.Guide(guide.Slug)),
            ["name"] = guide.Title,
            ["mainEntity"] = occupation,
        };
        if (guide.LastModified is { } modified) page["dateModified"] = modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (sources?.LastVerified is { } verified) page["lastReviewed"] = verified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Write(page);
    }

    // A survey's percentiles as schema.org's MonetaryAmountDistribution. A capped ("or more") or unpublished
    // percentile is left out: the property means the value itself, and the cap is not it.
    private static JsonObject Distribution(SalaryRange salary)
    {
        var distribution = new JsonObject
        {
            ["@type"] = "MonetaryAmountDistribution",
            ["name"] = salary.Period == PayPeriod.Hour ? "hourly" : "annual",
            ["currency"] = salary.Currency,
            ["duration"] = salary.Period == PayPeriod.Hour ? "PT1H" : "P1Y",
        };
        // '!': only called for ranges read from a survey's percentiles.
        foreach (var (percentile, figure) in salary.Percentiles!.All)
        {
            if (figure is not { OrMore: false } f) continue;
            distribution[percentile == 50 ? "median" : $"percentile{percentile}"] = f.Amount;
        }
        return distribution;
    }

    /// <summary>FAQPage for a guide's FAQ section, once per guide object (a new catalog makes new ones).</summary>
    public static string Faq(Content.Model.CareerGuide guide, FaqSection faq) => FaqJson.GetValue(guide, g => WriteFaq(faq.EntriesOf(g)));

    private static string WriteFaq(IReadOnlyList<FaqEntry> entries) => Write(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["mainEntity"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
        {
            ["@type"] = "Question",
            ["name"] = e.Question,
            ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = HtmlText.Plain(e.Answer) },
        })]),
    });

    /// <summary>Article for an article page.</summary>
    public static string Article(SiteOptions site, Article article)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = article.Title,
            ["description"] = article.Description,
            ["url"] = site.Absolute(Links.Article(article.Slug)),
            ["datePublished"] = article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dateModified"] = (article.LastModified is { } modified ? DateOnly.FromDateTime(modified.UtcDateTime) : article.Published).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = article.Author },
            ["mainEntityOfPage"] = site.Absolute(Links.Article(article.Slug)),
            ["publisher"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = site.Name,
                ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = site.Absolute(Links.Logo) },
            },
            ["image"] = site.Absolute(article.HeroImage ?? Links.SiteCard),
        };
        return Write(node);
    }

    private static string Write(JsonObject node) => node.ToJsonString(Options);
}
