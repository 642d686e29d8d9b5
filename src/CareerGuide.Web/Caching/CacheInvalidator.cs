using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace CareerGuide.Web.Caching;

/// <summary>Evicts every cached page each time a new snapshot is swapped in, exactly then and never otherwise.</summary>
public sealed class CacheInvalidator(ContentStore store, IOutputCacheStore cache) : IHostedService
{
    private IDisposable? subscription;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Entries are keyed by the snapshot's version, so old ones are unreachable already: this frees their memory.
        subscription = ChangeToken.OnChange(store.GetReloadToken,
            () => _ = cache.EvictByTagAsync(CachingExtensions.ContentTag, CancellationToken.None).AsTask());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
