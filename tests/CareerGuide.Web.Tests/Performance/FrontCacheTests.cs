using System.Net;
using System.Net.Http.Headers;
using CareerGuide.Web.Caching;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Tests.Performance;

/// <summary>
/// The front cache answers repeat requests before routing: what it sends must be what the output cache sends, it
/// keeps only what the output cache stored, and it is emptied by a reload and bounded by its setting.
/// </summary>
public sealed class FrontCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] Pages =
    [
        "/careers/machine-learning-engineer", "/careers/registered-nurse/skills", "/", "/careers?sort=salary",
        "/search?q=nurse", "/compare?careers=registered-nurse&careers=electrician", "/sitemap.xml", "/css/site.css",
    ];

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, string? encoding, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    /// <summary>Every header as "name: value", except those that differ between two sites by nature (load time, clock).</summary>
    private static List<string> Headers(HttpResponseMessage response, params string[] varying) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => !varying.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .Select(h => $"{h.Key.ToLowerInvariant()}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async Task A_page_from_the_front_cache_carries_the_headers_and_bytes_the_output_cache_sends()
    {
        using var reference = new SiteFactory { Settings = { ["Caching:FrontCacheMegabytes"] = "0" } };
        Assert.False(reference.Services.GetRequiredService<FrontCache>().Enabled);
        var front = site.Services.GetRequiredService<FrontCache>();
        Assert.True(front.Enabled);
        var outputCache = site.Services.GetRequiredService<IOutputCacheStore>();
        var etag = site.Services.GetRequiredService<ContentStore>().Snapshot.ETag;
        var referenceEtag = reference.Services.GetRequiredService<ContentStore>().Snapshot.ETag;
        var client = site.Client();
        var referenceClient = reference.Client();

        foreach (var url in Pages)
        foreach (var encoding in new[] { "gzip", "br", null })
        {
            // Rendered once, then a hit: from the output cache on the reference site, from the front cache here.
            (await Get(client, url, encoding)).Dispose();
            (await Get(referenceClient, url, encoding)).Dispose();
            // With the output cache emptied, only the front cache can still answer with an Age.
            await outputCache.EvictByTagAsync(CachingExtensions.ContentTag, CancellationToken.None);
            using var hit = await Get(client, url, encoding);
            using var expected = await Get(referenceClient, url, encoding);

            var what = $"{url} ({encoding ?? "identity"})";
            Assert.True(hit.StatusCode == HttpStatusCode.OK, what);
            Assert.True(hit.Headers.Age is not null, $"{what}: not answered by the front cache");
            Assert.True(expected.Headers.Age is not null, $"{what}: not answered by the output cache");
            Assert.True(hit.Headers.Date is not null, what);
            // The page ETag is the catalog's, so it differs between two sites; each must send its own.
            if (expected.Headers.ETag?.Tag.Contains('-', StringComparison.Ordinal) == true && url != "/css/site.css")
            {
                Assert.Equal(referenceEtag, expected.Headers.ETag!.ToString());
                Assert.Equal(etag, hit.Headers.ETag!.ToString());
            }
            Assert.Equal(Headers(expected, "Date", "Age", "ETag"), Headers(hit, "Date", "Age", "ETag"));
            Assert.Equal(await expected.Content.ReadAsByteArrayAsync(), await hit.Content.ReadAsByteArrayAsync());
        }
        Assert.True(front.Count >= Pages.Length * 3, $"{front.Count} responses kept");
    }

    [Fact]
    public async Task A_conditional_request_gets_the_same_304_with_or_without_the_front_cache()
    {
        using var reference = new SiteFactory { Settings = { ["Caching:FrontCacheMegabytes"] = "0" } };
        const string url = "/careers/electrician/market";
        async Task<HttpResponseMessage> Conditional(SiteFactory factory)
        {
            var client = factory.Client();
            (await Get(client, url, "gzip")).Dispose();
            (await Get(client, url, "gzip")).Dispose();
            var etag = EntityTagHeaderValue.Parse(factory.Services.GetRequiredService<ContentStore>().Snapshot.ETag);
            return await Get(client, url, "gzip", h => h.IfNoneMatch.Add(etag));
        }

        using var hit = await Conditional(site);
        using var expected = await Conditional(reference);
        Assert.Equal(HttpStatusCode.NotModified, expected.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, hit.StatusCode);
        Assert.Equal(Headers(expected, "Date", "ETag"), Headers(hit, "Date", "ETag"));
        Assert.Empty(await hit.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task It_keeps_only_what_the_output_cache_stores()
    {
        using var own = new SiteFactory();
        var front = own.Services.GetRequiredService<FrontCache>();
        var client = own.Client();
        // Not kept by the output cache: a missing page, health, the interest check's answers (no-store), HEAD.
        foreach (var url in new[] { "/careers/nope", "/healthz", "/readyz", "/interests?a=1&b=2" })
        {
            (await Get(client, url, "gzip")).Dispose();
            (await Get(client, url, "gzip")).Dispose();
        }
        using (var head = new HttpRequestMessage(HttpMethod.Head, new Uri("/careers/electrician", UriKind.Relative)))
            (await client.SendAsync(head)).Dispose();
        Assert.Equal(0, front.Count);

        (await Get(client, "/careers/electrician", "gzip")).Dispose();
        Assert.Equal(1, front.Count);
        // Another encoding, another query string: entries of their own, as in the output cache.
        (await Get(client, "/careers/electrician", "br")).Dispose();
        (await Get(client, "/careers/electrician?x=1", "br")).Dispose();
        Assert.Equal(3, front.Count);
    }

    [Fact]
    public async Task A_content_reload_empties_it_and_the_new_page_is_served()
    {
        using var content = new TempContent();
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        using var own = new SiteFactory { ContentRoot = content.Root, Settings = { ["Content:Watch"] = "false" } };
        var front = own.Services.GetRequiredService<FrontCache>();
        var store = own.Services.GetRequiredService<ContentStore>();
        var client = own.Client();
        const string url = "/careers/lunar-greenhouse-technician";
        (await Get(client, url, null)).Dispose();
        using (var kept = await Get(client, url, null)) Assert.NotNull(kept.Headers.Age);
        Assert.True(front.Count > 0);

        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician", "title: Lunar Dome Grower", StringComparison.Ordinal));
        store.Load();

        Assert.Equal(0, front.Count);
        Assert.Equal(0, front.Bytes);
        using var fresh = await Get(client, url, null);
        Assert.Null(fresh.Headers.Age);
        Assert.Contains("Lunar Dome Grower", await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authentication_and_authorization_run_after_routing_and_not_for_a_front_cache_hit()
    {
        // The framework puts both at the very start of the pipeline unless the app places them itself: there they
        // ran for every cached hit and before routing, where authorization cannot see the endpoint it guards.
        var schemes = new CountingSchemes();
        var policies = new CountingPolicies();
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IAuthenticationSchemeProvider>(p =>
                schemes.Wrap(new AuthenticationSchemeProvider(p.GetRequiredService<IOptions<AuthenticationOptions>>())));
            services.AddSingleton<IAuthorizationPolicyProvider>(p =>
                policies.Wrap(new DefaultAuthorizationPolicyProvider(p.GetRequiredService<IOptions<AuthorizationOptions>>()),
                    p.GetRequiredService<IHttpContextAccessor>()));
        }));
        var client = factory.CreateClient();
        const string url = "/careers/electrician/skills";

        using (var first = await Get(client, url, "gzip")) Assert.Null(first.Headers.Age);
        Assert.True(schemes.Calls > 0, "authentication did not run for a rendered page");
        Assert.True(policies.Calls > 0, "authorization did not run for a rendered page");
        Assert.Equal(0, policies.CallsWithoutEndpoint);

        schemes.Calls = policies.Calls = 0;
        for (var i = 0; i < 5; i++)
        {
            using var hit = await Get(client, url, "gzip");
            Assert.NotNull(hit.Headers.Age);
        }
        Assert.Equal(0, schemes.Calls);
        Assert.Equal(0, policies.Calls);
    }

    private sealed class CountingSchemes
    {
        public int Calls;

        public IAuthenticationSchemeProvider Wrap(IAuthenticationSchemeProvider inner) => new Provider(this, inner);

        private sealed class Provider(CountingSchemes counts, IAuthenticationSchemeProvider inner) : IAuthenticationSchemeProvider
        {
            public Task<IEnumerable<AuthenticationScheme>> GetAllSchemesAsync() => inner.GetAllSchemesAsync();
            public Task<AuthenticationScheme?> GetSchemeAsync(string name) => inner.GetSchemeAsync(name);
            public Task<AuthenticationScheme?> GetDefaultAuthenticateSchemeAsync() { Interlocked.Increment(ref counts.Calls); return inner.GetDefaultAuthenticateSchemeAsync(); }
            public Task<AuthenticationScheme?> GetDefaultChallengeSchemeAsync() => inner.GetDefaultChallengeSchemeAsync();
            public Task<AuthenticationScheme?> GetDefaultForbidSchemeAsync() => inner.GetDefaultForbidSchemeAsync();
            public Task<AuthenticationScheme?> GetDefaultSignInSchemeAsync() => inner.GetDefaultSignInSchemeAsync();
            public Task<AuthenticationScheme?> GetDefaultSignOutSchemeAsync() => inner.GetDefaultSignOutSchemeAsync();
            public void AddScheme(AuthenticationScheme scheme) => inner.AddScheme(scheme);
            public void RemoveScheme(string name) => inner.RemoveScheme(name);
            public Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync() { Interlocked.Increment(ref counts.Calls); return inner.GetRequestHandlerSchemesAsync(); }
        }
    }

    private sealed class CountingPolicies
    {
        public int Calls;
        public int CallsWithoutEndpoint;

        public IAuthorizationPolicyProvider Wrap(IAuthorizationPolicyProvider inner, IHttpContextAccessor http) => new Provider(this, inner, http);

        private sealed class Provider(CountingPolicies counts, IAuthorizationPolicyProvider inner, IHttpContextAccessor http) : IAuthorizationPolicyProvider
        {
            // Asked on every request, not once per endpoint, so each request is counted.
            public bool AllowsCachingPolicies => false;
            public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => inner.GetDefaultPolicyAsync();
            public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) => inner.GetPolicyAsync(policyName);

            public Task<AuthorizationPolicy?> GetFallbackPolicyAsync()
            {
                Interlocked.Increment(ref counts.Calls);
                if (http.HttpContext?.GetEndpoint() is null) Interlocked.Increment(ref counts.CallsWithoutEndpoint);
                return inner.GetFallbackPolicyAsync();
            }
        }
    }

    [Fact]
    public async Task It_holds_no_more_than_its_configured_limit()
    {
        using var bounded = new SiteFactory { Settings = { ["Caching:FrontCacheMegabytes"] = "1" } };
        var front = bounded.Services.GetRequiredService<FrontCache>();
        Assert.Equal(1024 * 1024, front.LimitBytes);
        var client = bounded.Client();
        var slugs = bounded.Services.GetRequiredService<ContentStore>().Current.Guides.Take(300).Select(g => g.Slug).ToList();
        await Parallel.ForEachAsync(slugs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (slug, _) =>
        {
            using var response = await Get(client, "/careers/" + slug, "gzip");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        Assert.InRange(front.Count, 1, slugs.Count - 1);
        Assert.InRange(front.Bytes, 1, front.LimitBytes);

        // Never more than the output cache may hold.
        using var small = new SiteFactory { Settings = { ["Caching:OutputCacheMegabytes"] = "2", ["Caching:FrontCacheMegabytes"] = "50" } };
        Assert.Equal(2 * 1024 * 1024, small.Services.GetRequiredService<FrontCache>().LimitBytes);
        using var off = new SiteFactory { Settings = { ["Caching:Output"] = "false" } };
        Assert.False(off.Services.GetRequiredService<FrontCache>().Enabled);
    }
}
