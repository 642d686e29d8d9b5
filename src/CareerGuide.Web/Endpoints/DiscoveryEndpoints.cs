using System.Globalization;
using System.Text;
using System.ServiceModel.Syndication;
using System.Xml;
using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Endpoints;

/// <summary><c>/sitemap.xml</c>, <c>/robots.txt</c> and the Atom feed of articles at <c>/feed.xml</c>.</summary>
public static class DiscoveryEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Maps the three endpoints.</summary>
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Links.Robots, (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: {Links.Search}\n\nSitemap: {site.Value.Absolute(Links.Sitemap)}\n", "text/plain", Encoding.UTF8));
        endpoints.MapGet(Links.Sitemap, (ContentStore store, IOptions<SiteOptions> site) =>
            Results.Bytes(Sitemap(store.Current, site.Value), "application/xml; charset=utf-8"));
        endpoints.MapGet(Links.Feed, (ContentStore store, IOptions<SiteOptions> site) =>
            Results.Bytes(Feed(store.Current, site.Value), "application/atom+xml; charset=utf-8"));
        return endpoints;
    }

    /// <summary>Every public page, with the last-modified date of the content file behind it.</summary>
    public static byte[] Sitemap(ContentCatalog catalog, SiteOptions site)
    {
        // A page's lastmod is when its content last changed; a page with no known date has none.
        var guides = Newest(catalog.Guides.Select(g => g.LastModified));
        var articles = Newest(catalog.Articles.Select(a => a.LastModified));
        return Write(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            Url(Links.Home, Newest([guides, articles]));
            Url(Links.Careers, guides);
            Url(Links.Articles, articles);
            Url(Links.Credits, guides);
            if (catalog.Groups.Count > 0)
            {
                Url(Links.Interests, guides);
                Url(Links.Groups, guides);
                foreach (var group in catalog.Groups) Url(Links.Group(group.Slug), Newest(group.Guides.Select(g => g.LastModified)));
            }
            foreach (var guide in catalog.Guides)
            {
                Url(Links.Guide(guide.Slug), guide.LastModified);
                foreach (var section in guide.Sections) Url(Links.Section(guide.Slug, section.Info.Slug), guide.LastModified);
            }
            foreach (var article in catalog.Articles) Url(Links.Article(article.Slug), article.LastModified);
            xml.WriteEndElement();

            void Url(string path, DateTimeOffset? modified)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, site.Absolute(path));
                if (modified is { } date) xml.WriteElementString("lastmod", SitemapNs, date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
        });
    }

    /// <summary>An Atom 1.0 feed of the articles, newest first, written by System.ServiceModel.Syndication.</summary>
    public static byte[] Feed(ContentCatalog catalog, SiteOptions site)
    {
        var articles = site.Absolute(Links.Articles);
        var feed = new SyndicationFeed
        {
            Title = new TextSyndicationContent($"{site.Name} articles"),
            Description = new TextSyndicationContent("Articles about careers, skills and the job market."),
            Id = articles,
            LastUpdatedTime = Utc(catalog.Articles.Select(Updated).DefaultIfEmpty(catalog.LoadedAt).Max()),
            Authors = { new SyndicationPerson { Name = site.Name } },
            Links = { Link(site.Absolute(Links.Feed), "self", "application/atom+xml"), Link(articles, "alternate", "text/html") },
            Items = catalog.Articles.Select(article =>
            {
                var url = site.Absolute(Links.Article(article.Slug));
                return new SyndicationItem
                {
                    Title = new TextSyndicationContent(article.Title),
                    Id = url,
                    LastUpdatedTime = Utc(Updated(article)),
                    PublishDate = Dates.StartOfDayUtc(article.Published),
                    Summary = new TextSyndicationContent(article.Description),
                    Authors = { new SyndicationPerson { Name = article.Author } },
                    Links = { Link(url, "alternate", "text/html") },
                };
            }).ToList(),
        };
        return Write(xml => new Atom10FeedFormatter(feed).WriteTo(xml));
    }

    private static SyndicationLink Link(string href, string rel, string mediaType) => new(new Uri(href), rel, null, mediaType, 0);

    private static DateTimeOffset? Newest(IEnumerable<DateTimeOffset?> dates) => dates.Max();

    // Atom requires an entry's 'updated': when the article changed, else when it was published.
    private static DateTimeOffset Updated(Article article) =>
        article.LastModified ?? Dates.StartOfDayUtc(article.Published);

    // Atom writes an offset of zero as 'Z'.
    private static DateTimeOffset Utc(DateTimeOffset time) => new(time.UtcDateTime.AddTicks(-(time.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);

    // Written straight to UTF-8 bytes, so the XML declaration says what the response is.
    private static byte[] Write(Action<XmlWriter> body)
    {
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }
        return bytes.ToArray();
    }
}
