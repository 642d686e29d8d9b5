using System.Net.Http.Headers;
using AngleSharp.Html.Parser;

namespace CareerGuide.Web.Tests.Performance;

/// <summary>
/// What a phone downloads, measured through the real server with Brotli: the page plus every stylesheet,
/// script and font it loads. A whole guide at most 60 KB, a section page at most 25 KB.
/// </summary>
public sealed class PageWeightTests(RealServer server) : IClassFixture<RealServer>
{
    private async Task<(long Bytes, string Report)> Weight(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = server.Address };
        async Task<(long Size, byte[] Body, string? Encoding)> Fetch(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            return (body.Length, body, response.Content.Headers.ContentEncoding.FirstOrDefault());
        }

        var page = await Fetch(path);
        Assert.Equal("br", page.Encoding);
        using var plain = await http.GetAsync(new Uri(path, UriKind.Relative));
        var document = new HtmlParser().ParseDocument(await plain.Content.ReadAsStringAsync());
        var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        var total = page.Size;
        var report = $"{path}: html {page.Size}";
        foreach (var asset in assets)
        {
            var fetched = await Fetch(asset);
            total += fetched.Size;
            report += $", {asset.Split('?')[0]} {fetched.Size}";
        }
        Assert.Empty(document.QuerySelectorAll("link[rel=preload][as=font], link[href*='fonts.']"));
        Assert.All(document.QuerySelectorAll("img"), img => Assert.True(img.HasAttribute("width") && img.HasAttribute("height"), img.OuterHtml));
        Assert.All(assets, a => Assert.StartsWith("/", a, StringComparison.Ordinal));
        return (total, report + $" = {total} bytes");
    }

    [Fact]
    public async Task The_whole_guide_is_at_most_60_kb_transferred()
    {
        var (bytes, report) = await Weight("/careers/machine-learning-engineer");
        Assert.True(bytes <= 60 * 1024, report);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/careers")]
    [InlineData("/careers?sort=salary&page=2")]
    [InlineData("/careers/registered-nurse")]
    [InlineData("/compare")]
    [InlineData("/compare?careers=registered-nurse,electrician,software-developer")]
    [InlineData("/credits")]
    public async Task Pages_listing_or_built_from_the_800_imported_careers_stay_within_60_kb(string path)
    {
        var (bytes, report) = await Weight(path);
        Assert.True(bytes <= 60 * 1024, report);
    }

    [Theory]
    [InlineData("skills")]
    [InlineData("market")]
    [InlineData("transcript")]
    [InlineData("faq")]
    public async Task A_section_page_is_at_most_25_kb_transferred(string section)
    {
        var (bytes, report) = await Weight("/careers/machine-learning-engineer/" + section);
        Assert.True(bytes <= 25 * 1024, report);
    }

    [Fact]
    public async Task An_article_sizes_its_images()
    {
        var (_, report) = await Weight("/articles/careers-in-machine-learning");
        Assert.Contains("html", report, StringComparison.Ordinal);
    }
}
