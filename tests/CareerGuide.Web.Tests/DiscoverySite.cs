namespace CareerGuide.Web.Tests;

/// <summary>The site over the made-up discovery fixtures: four careers and an article.</summary>
public sealed class DiscoverySite : IDisposable
{
    public SiteFactory Site { get; } = new() { ContentRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "discovery") };

    public void Dispose() => Site.Dispose();
}
