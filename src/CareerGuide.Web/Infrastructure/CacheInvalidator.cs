using Microsoft.AspNetCore.OutputCaching;

namespace CareerGuide.Web.Infrastructure;

/// <summary>Evicts every cached page when a new catalog is swapped in, exactly then and never otherwise.</summary>
public sealed class CacheInvalidator(ContentStore store, IOutputCacheStore cache) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Swapped += Evict;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Swapped -= Evict;
        return Task.CompletedTask;
    }

    // Entries are keyed by catalog version, so old ones are unreachable already: this frees their memory.
    private void Evict(Content.Model.ContentCatalog catalog) =>
        _ = cache.EvictByTagAsync(CachingExtensions.ContentTag, CancellationToken.None).AsTask();
}
