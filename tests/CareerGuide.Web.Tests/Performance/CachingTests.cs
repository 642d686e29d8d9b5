using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;

namespace CareerGuide.Web.Tests.Performance;

/// <summary>ETags and 304, Cache-Control, compression, the output cache and its invalidation on reload.</summary>
public sealed class CachingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Guide = "/careers/machine-learning-engineer";

    private async Task<HttpResponseMessage> Get(string url, Action<HttpRequestHeaders>? headers = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        headers?.Invoke(request.Headers);
        return await (client ?? site.Client()).SendAsync(request);
    }

    [Fact]
    public async Task The_output_cache_keeps_no_more_page_bytes_than_its_configured_limit()
    {
        // 1 MB holds about a hundred gzipped imported guides: a crawl of 300 keeps some and never more than the limit.
        const int limitMegabytes = 1;
        using var bounded = new SiteFactory { Settings = { ["Caching:OutputCacheMegabytes"] = limitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        var slugs = bounded.Services.GetRequiredService<CareerGuide.Web.ContentServing.ContentStore>().Current.Guides.Take(300).Select(g => g.Slug).ToList();
        var client = bounded.Client();
        async Task<(bool Cached, long Bytes)> Fetch(string slug)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/careers/" + slug, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (response.Headers.Age is not null, (await response.Content.ReadAsByteArrayAsync()).LongLength);
        }
        foreach (var slug in slugs) await Fetch(slug);
        // Let the cache finish any compaction it started, then see what it holds, newest first. Probing a page
        // it no longer holds offers that page again, and making room evicts the least recently used pages,
        // which are the oldest, still to be probed; so every page counted was held when the probing began.
        await Task.Delay(500);
        var held = new List<long>();
        foreach (var slug in Enumerable.Reverse(slugs))
        {
            var (cached, bytes) = await Fetch(slug);
            if (cached) held.Add(bytes);
        }
        Assert.NotEmpty(held);
        Assert.True(held.Count < slugs.Count, $"all {slugs.Count} pages stayed cached under a {limitMegabytes} MB limit");
        Assert.True(held.Sum() <= limitMegabytes * 1024 * 1024, $"{held.Count} cached pages hold {held.Sum():N0} bytes, over the {limitMegabytes} MB limit");
    }

    [Fact]
    public async Task A_page_has_an_etag_and_a_matching_if_none_match_gets_304_with_no_body()
    {
        using var first = await Get(Guide);
        var etag = first.Headers.ETag!;
        Assert.True(etag.IsWeak);
        using var again = await Get(Guide, h => h.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        using var other = await Get(Guide, h => h.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", true)));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task If_none_match_star_does_not_hide_a_missing_page()
    {
        using var response = await Get("/careers/nope", h => h.IfNoneMatch.Add(EntityTagHeaderValue.Any));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_may_be_cached_by_browsers_and_a_cdn_and_vary_by_encoding()
    {
        using var response = await Get(Guide + "/skills");
        Assert.Equal("public, max-age=60, s-maxage=300", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Errors_and_health_are_not_cached()
    {
        using var missing = await Get("/careers/nope");
        Assert.Equal("no-cache", missing.Headers.CacheControl!.ToString());
        Assert.Null(missing.Headers.ETag);
        using var ready = await Get("/readyz");
        Assert.Equal("no-store", ready.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Html_css_and_xml_are_compressed(string encoding)
    {
        foreach (var url in new[] { Guide, "/css/site.css", "/sitemap.xml", "/feed.xml" })
        {
            using var response = await Get(url, h => h.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding)));
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Without_the_output_cache_pages_are_compressed_at_the_fastest_level_and_with_it_at_the_smallest(string encoding)
    {
        using var uncached = new SiteFactory { Settings = { ["Caching:Output"] = "false" } };
        async Task<int> CompressedSize(HttpClient client)
        {
            using var response = await Get(Guide, h => h.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding)), client);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            return (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        var fastest = await CompressedSize(uncached.Client());
        var smallest = await CompressedSize(site.Client());

        // Same page, same bytes before compression; only the level differs.
        Assert.True(fastest > smallest * 1.05, $"{encoding}: uncached {fastest} bytes, cached {smallest} bytes");
    }

    [Fact]
    public async Task Fingerprinted_assets_are_immutable_for_a_year()
    {
        var page = await site.Page("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", css, StringComparison.Ordinal);
        using var response = await Get(css);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        using var plain = await Get("/favicon.svg");
        Assert.Equal("public, max-age=86400", plain.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_repeated_request_is_served_from_the_output_cache()
    {
        using var first = await Get(Guide + "/market?cache-probe=1");
        using var second = await Get(Guide + "/market?cache-probe=1");
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/interests?s=s4&s=s10&answered=1", false)] // the student's own answers
    [InlineData("/healthz", false)]
    [InlineData("/readyz", false)]
    [InlineData("/favicon.svg", false)]                      // a file: its own Cache-Control, for the proxy in front
    [InlineData("/interests", true)]                         // the blank form is a page like any other
    [InlineData("/sitemap.xml", true)]
    [InlineData("/careers?group=healthcare&page=1", true)]
    public async Task The_output_cache_stores_pages_and_never_the_interest_checks_answers_health_or_files(string url, bool stored)
    {
        using var first = await Get(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await Get(url);
        Assert.Equal(stored, second.Headers.Age is not null);
    }

    [Fact]
    public async Task A_content_reload_changes_every_etag_and_serves_the_new_content()
    {
        using var content = new TempContent();
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        using var live = new SiteFactory { ContentRoot = content.Root, Settings = { ["Content:PollMilliseconds"] = "100", ["Content:SettleMilliseconds"] = "50" } };
        var client = live.Client();
        using var before = await Get("/careers/lunar-greenhouse-technician", client: client);
        var etag = before.Headers.ETag!;
        Assert.Contains("Lunar Greenhouse Technician", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician", "title: Lunar Dome Grower", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string body;
        do
        {
            await Task.Delay(100);
            using var after = await Get("/careers/lunar-greenhouse-technician", h => h.IfNoneMatch.Add(etag), client);
            Assert.NotEqual(HttpStatusCode.InternalServerError, after.StatusCode);
            body = after.StatusCode == HttpStatusCode.OK ? await after.Content.ReadAsStringAsync() : string.Empty;
        }
        while (!body.Contains("Lunar Dome Grower", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Lunar Dome Grower", body, StringComparison.Ordinal);
    }
}
