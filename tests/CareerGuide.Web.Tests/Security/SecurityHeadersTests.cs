using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests.Security;

/// <summary>Security headers on every kind of response.</summary>
public sealed class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Urls() =>
        ["/", "/careers/machine-learning-engineer", "/careers/machine-learning-engineer/skills", "/css/site.css", "/images/site-card.png",
         "/nowhere", "/healthz", "/readyz", "/sitemap.xml", "/feed.xml", "/search?q=python", "/careers/machine-learning-engineer/05"];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string url)
    {
        using var response = await site.Client().GetAsync(new Uri(url, UriKind.Relative));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerguide.example"), AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Behind_a_tls_terminating_proxy_forwarded_https_gets_hsts_when_forwarded_headers_are_enabled()
    {
        // As in the Dockerfile: ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, the documented ASP.NET Core switch.
        using var behindProxy = new SiteFactory { Settings = { ["ForwardedHeaders_Enabled"] = "true" } };
        using var client = behindProxy.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://careerguide.example"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));

        // Without the switch the header is not trusted, and plain HTTP gets no HSTS.
        using var direct = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://careerguide.example"), AllowAutoRedirect = false });
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        spoofed.Headers.Add("X-Forwarded-Proto", "https");
        using var plain = await direct.SendAsync(spoofed);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_is_not_sent_in_development()
    {
        using var development = new SiteFactory { Environment = "Development" };
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerguide.example") });
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_have_no_inline_styles_or_scripts_for_the_policy_to_block()
    {
        foreach (var url in new[] { "/", "/careers", "/careers/machine-learning-engineer", "/compare?careers=machine-learning-engineer", "/search?q=math", "/articles/careers-in-machine-learning", "/nowhere" })
        {
            var page = await site.Page(url, url == "/nowhere" ? 404 : 200);
            Assert.Empty(page.QuerySelectorAll("[style], style"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("type") == "application/ld+json" || (s.HasAttribute("src") && s.TextContent.Length == 0), s.OuterHtml));
            Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
