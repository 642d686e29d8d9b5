using CareerGuide.Web.ContentServing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.ContentServing;

/// <summary>The served snapshot and the change token that follows each swap.</summary>
public sealed class ContentStoreTests
{
    [Fact]
    public async Task A_load_swaps_in_a_new_snapshot_and_fires_the_reload_token_once()
    {
        using var site = new SiteFactory();
        await site.Page("/");
        var store = site.Services.GetRequiredService<ContentStore>();
        var before = store.Snapshot;
        var token = store.GetReloadToken();
        Assert.False(token.HasChanged);

        var after = store.Load();

        Assert.True(token.HasChanged);
        Assert.Same(after, store.Snapshot);
        Assert.Same(after.Catalog, store.Current);
        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal($"W/\"{after.Version}\"", after.ETag);
        Assert.False(store.GetReloadToken().HasChanged);
    }
}
