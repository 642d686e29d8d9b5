using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Web.Tests;

/// <summary>The real app in memory, in Production mode, serving the repository's own content folder.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerGuide.sln"))) return dir.FullName;
            }
            throw new DirectoryNotFoundException("CareerGuide.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The content folder served; the repository's by default.</summary>
    public string ContentRoot { get; init; } = Path.Combine(RepositoryRoot, "content");

    /// <summary>The hosting environment; Production unless a test says otherwise.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>Further configuration settings, as an operator would give them.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Content:Root", ContentRoot);
        // A test run is one client asking for hundreds of uncached pages a second; the limiter's own tests
        // (RateLimitTests) set it as an operator would.
        builder.UseSetting("RateLimit:PerSecond", "100000");
        builder.UseSetting("RateLimit:Burst", "100000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that does not follow redirects, so tests see 301s.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Gets a page, asserts its status, and parses it.</summary>
    public async Task<IHtmlDocument> Page(string url, int status = 200)
    {
        using var response = await Client().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, (int)response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
