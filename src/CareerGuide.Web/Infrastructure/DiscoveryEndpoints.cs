using System.Globalization;
using System.Text;
using System.Xml;
using CareerGuide.Content.Model;
using CareerGuide.Web.Views;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Infrastructure;

/// <summary><c>/sitemap.xml</c>, <c>/robots.txt</c> and the Atom feed of articles at <c>/feed.xml</c>.</summary>
public static class DiscoveryEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>Maps the three endpoints.</summary>
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /search\n\nSitemap: {site.Value.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8));
        endpoints.MapGet("/sitemap.xml", (ContentStore store, IOptions<SiteOptions> site) =>
            Results.Text(Sitemap(store.Current, site.Value), "application/xml", Encoding.UTF8));
        endpoints.MapGet("/feed.xml", (ContentStore store, IOptions<SiteOptions> site) =>
            Results.Text(Feed(store.Current, site.Value), "application/atom+xml", Encoding.UTF8));
        return endpoints;
    }

    /// <summary>Every public page, with the last-modified date of the content file behind it.</summary>
    public static string Sitemap(ContentCatalog catalog, SiteOptions site)
    {
        var newest = catalog.Guides.Select(g => g.LastModified).Concat(catalog.Articles.Select(a => a.LastModified))
            .DefaultIfEmpty(catalog.LoadedAt).Max();
        return Write(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNs);
            Url("/", newest);
            Url("/careers", catalog.Guides.Select(g => g.LastModified).DefaultIfEmpty(newest).Max());
            Url("/articles", catalog.Articles.Select(a => a.LastModified).DefaultIfEmpty(newest).Max());
            foreach (var guide in catalog.Guides)
            {
                Url(Links.Guide(guide.Slug), guide.LastModified);
                foreach (var section in guide.Sections) Url(Links.Section(guide.Slug, section.Info.Slug), guide.LastModified);
            }
            foreach (var article in catalog.Articles) Url(Links.Article(article.Slug), article.LastModified);
            xml.WriteEndElement();

            void Url(string path, DateTimeOffset modified)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, site.Absolute(path));
                xml.WriteElementString("lastmod", SitemapNs, modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
        });
    }

    /// <summary>An Atom 1.0 feed of the articles, newest first.</summary>
    public static string Feed(ContentCatalog catalog, SiteOptions site)
    {
        var updated = catalog.Articles.Select(a => a.LastModified).DefaultIfEmpty(catalog.LoadedAt).Max();
        return Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteElementString("title", AtomNs, $"{site.Name} articles");
            xml.WriteElementString("subtitle", AtomNs, "Articles about careers, skills and the job market.");
            xml.WriteElementString("id", AtomNs, site.Absolute("/articles"));
            xml.WriteElementString("updated", AtomNs, Atom(updated));
            Link("self", site.Absolute("/feed.xml"), "application/atom+xml");
            Link("alternate", site.Absolute("/articles"), "text/html");
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, site.Name);
            xml.WriteEndElement();
            foreach (var article in catalog.Articles)
            {
                var url = site.Absolute(Links.Article(article.Slug));
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("title", AtomNs, article.Title);
                xml.WriteElementString("id", AtomNs, url);
                Link("alternate", url, "text/html");
                xml.WriteElementString("published", AtomNs, Atom(new DateTimeOffset(article.Published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
                xml.WriteElementString("updated", AtomNs, Atom(article.LastModified));
                xml.WriteStartElement("author", AtomNs);
                xml.WriteElementString("name", AtomNs, article.Author);
                xml.WriteEndElement();
                xml.WriteElementString("summary", AtomNs, article.Description);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            void Link(string rel, string href, string type)
            {
                xml.WriteStartElement("link", AtomNs);
                xml.WriteAttributeString("rel", rel);
                xml.WriteAttributeString("href", href);
                xml.WriteAttributeString("type", type);
                xml.WriteEndElement();
            }
        });
    }

    private static string Atom(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }
        // StringBuilder output declares utf-16; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
