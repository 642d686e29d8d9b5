using System.Xml.Linq;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>/sitemap.xml, /robots.txt and /feed.xml, parsed and checked.</summary>
public sealed class DiscoveryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<(string Type, string Body)> Get(string path)
    {
        using var response = await site.Client().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        return (response.Content.Headers.ContentType!.MediaType!, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sitemap_lists_every_public_page_with_the_content_files_date()
    {
        var (type, body) = await Get("/sitemap.xml");
        Assert.Equal("application/xml", type);
        var urls = XDocument.Parse(body).Root!.Elements(Sitemap + "url").ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value);

        var expected = new[] { "/", "/careers", "/articles", "/credits", "/careers/machine-learning-engineer", "/articles/careers-in-machine-learning" }
            .Concat(new[] { "snapshot", "why-it-matters", "day", "pathway", "skills", "education", "market", "outlook", "fit", "tradeoffs", "high-school", "college", "sources", "reading", "transcript", "faq" }
                .Select(s => "/careers/machine-learning-engineer/" + s))
            .Concat(new[] { "snapshot", "day", "pathway", "skills", "education", "market", "fit", "high-school", "college", "similar", "sources", "faq" }.Select(s => "/careers/registered-nurse/" + s))
            .Append("/careers/registered-nurse")
            .Select(p => "http://localhost:5077" + p);
        Assert.Empty(expected.Except(urls.Keys));
        Assert.DoesNotContain(urls.Keys, u => u.StartsWith("http://localhost:5077/careers/registered-nurse/", StringComparison.Ordinal) && !expected.Contains(u));
        // Every guide of the shipped content: the hand-written one and one per imported occupation.
        var guides = Directory.GetFiles(Path.Combine(SiteFactory.RepositoryRoot, "content", "careers"), "*.md").Length;
        Assert.Equal(guides, urls.Keys.Count(u => u.Split('/').Length == 5 && u.Contains("/careers/", StringComparison.Ordinal)));

        // Dates come from the content itself: the hand-written guide's 'updated', an imported guide's import date (or a
        // later 'updated'), the article's publish date. Never a file time, never git.
        Assert.Equal("2026-11-21", urls["http://localhost:5077/careers/machine-learning-engineer/skills"]);
        Assert.Equal("2025-03-02", urls["http://localhost:5077/articles/careers-in-machine-learning"]);
        Assert.All(urls.Values, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d));
    }

    [Fact]
    public async Task A_copy_of_the_content_without_git_and_with_every_file_touched_now_gives_the_same_sitemap_dates()
    {
        static async Task<Dictionary<string, string>> Dates(SiteFactory site)
        {
            using var response = await site.Client().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
            return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url").ToDictionary(
                u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value ?? "none");
        }
        var copy = Directory.CreateTempSubdirectory("careerguide-copy-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SiteFactory.RepositoryRoot, "content"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(SiteFactory.RepositoryRoot, "content"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
            }
            using var copied = new SiteFactory { ContentRoot = copy };
            var expected = await Dates(site);
            var actual = await Dates(copied);
            Assert.Equal(expected, actual);
            Assert.DoesNotContain("none", actual.Values);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap()
    {
        var (type, body) = await Get("/robots.txt");
        Assert.Equal("text/plain", type);
        Assert.Contains("User-agent: *", body, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost:5077/sitemap.xml", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_atom_feed_has_the_articles_with_ids_dates_and_links()
    {
        var (type, body) = await Get("/feed.xml");
        Assert.Equal("application/atom+xml", type);
        var feed = XDocument.Parse(body).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("CareerGuide articles", feed.Element(Atom + "title")!.Value);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("http://localhost:5077/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("Navigating the Future: Exploring Lucrative Careers in Machine Learning", entry.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost:5077/articles/careers-in-machine-learning", entry.Element(Atom + "id")!.Value);
        Assert.Equal("2025-03-02T00:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("CareerGuide editors", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("text/html", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("type")!.Value);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    public async Task Xml_is_sent_as_utf8_and_says_so(string path)
    {
        using var response = await site.Client().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.NotEqual(0xEF, bytes[0]);
    }
}
