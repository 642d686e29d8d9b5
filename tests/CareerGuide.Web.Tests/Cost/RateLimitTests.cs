using System.Net;

namespace CareerGuide.Web.Tests.Cost;

/// <summary>The limiter on uncached work: one client's flood gets 429 with Retry-After; cached pages and health never do.</summary>
public sealed class RateLimitTests
{
    private static SiteFactory Site() => new() { Settings = { ["RateLimit:PerSecond"] = "1", ["RateLimit:Burst"] = "5" } };

    [Fact]
    public async Task A_flood_of_uncached_requests_gets_429_with_retry_after()
    {
        using var site = Site();
        using var client = site.Client();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 20; i++)
        {
            var response = await client.GetAsync(new Uri($"/careers/no-such-career-{i}", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
            else response.Dispose();
        }
        Assert.Contains(HttpStatusCode.NotFound, statuses);
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.ToString());
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        refused.Dispose();
    }

    [Fact]
    public async Task Cached_pages_static_files_and_health_checks_are_never_limited()
    {
        using var site = Site();
        using var client = site.Client();
        // The first request renders the page (one token); from then on the output cache answers it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/careers/registered-nurse", UriKind.Relative))).StatusCode);
        var flooded = false;
        for (var i = 0; i < 20 && !flooded; i++)
            flooded = (await client.GetAsync(new Uri($"/careers/no-such-career-{i}", UriKind.Relative))).StatusCode == HttpStatusCode.TooManyRequests;
        Assert.True(flooded, "the uncached requests were never limited");
        foreach (var url in new[] { "/careers/registered-nurse", "/healthz", "/readyz", "/css/site.css" })
        {
            for (var i = 0; i < 10; i++)
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            }
        }
    }
}
