using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>
/// Every URL in the sitemap of the shipped content (about 7,400) answers 200, and every link, stylesheet,
/// script and image on those pages that points into the site answers too: no 5xx, no broken link.
/// </summary>
public sealed partial class CrawlTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Every_sitemap_url_answers_and_every_site_link_on_it_resolves()
    {
        using var client = site.Client();
        using var sitemap = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var urls = XDocument.Parse(await sitemap.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url")
            .Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).PathAndQuery).ToList();
        Assert.True(urls.Count > 5_000, $"{urls.Count} URLs in the sitemap");

        var failures = new ConcurrentBag<string>();
        var linked = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, token) =>
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), token);
            if (response.StatusCode != HttpStatusCode.OK) { failures.Add($"{url}: {(int)response.StatusCode}"); return; }
            var html = await response.Content.ReadAsStringAsync(token);
            foreach (Match m in SiteLink().Matches(html))
                linked.TryAdd(WebUtility.HtmlDecode(m.Groups["url"].Value).Split('#')[0], url);
        });
        var pages = urls.ToHashSet(StringComparer.Ordinal);
        var targets = linked.Keys.Where(l => l.Length > 0 && !pages.Contains(l)).ToList();
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (target, token) =>
        {
            using var response = await client.GetAsync(new Uri(target, UriKind.Relative), token);
            var status = (int)response.StatusCode;
            if (status is 301 or 308 && response.Headers.Location is { } location)
            {
                using var followed = await client.GetAsync(location.IsAbsoluteUri ? new Uri(location.PathAndQuery, UriKind.Relative) : location, token);
                status = (int)followed.StatusCode;
            }
            if (status != 200) failures.Add($"{target} (linked from {linked[target]}): {status}");
        });
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(targets.Count > 0);
    }

    // href and src attributes that point into the site (start with one slash), as the pages write them.
    [GeneratedRegex("(?:href|src)=\"(?<url>/(?!/)[^\"]*)\"")]
    private static partial Regex SiteLink();
}
