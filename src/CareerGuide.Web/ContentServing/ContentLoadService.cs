using Microsoft.Extensions.Options;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Loads the content once at start-up; in strict mode, any error stops start-up. The load begins before the other
/// services start (<see cref="StartingAsync"/>) and the host's start-up finishes only once it is done
/// (<see cref="StartedAsync"/>), so the server opens its port while the content loads; requests that arrive
/// meanwhile wait for it (<see cref="ContentReadyMiddleware"/>).
/// </summary>
/// <remarks>
/// The search index of this first load, and the parse cache's write, start once the first page has been answered
/// (<see cref="ContentStore.AfterFirstPage"/>).
/// </remarks>
public sealed class ContentLoadService(ContentStore store, IOptions<ContentOptions> options, IHostApplicationLifetime lifetime) : IHostedLifecycleService
{
    private Task<ContentSnapshot> load = Task.FromException<ContentSnapshot>(new InvalidOperationException("the content load has not started"));

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        load = Task.Run(() => store.Load(prepareSearch: false), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var catalog = (await load.ConfigureAwait(false)).Catalog;
        // The search index of this first load is built after the first page (a search that comes first builds it itself).
        _ = store.AfterFirstPage(() => store.Current.PrepareSearch());
        // A site that stops before anyone visits does not hold back the start-up's work (the parse cache's write).
        lifetime.ApplicationStopping.Register(store.FirstPageServed);
        var errors = catalog.Problems.Where(p => p.IsError).ToList();
        if (options.Value.Strict && errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Content:Strict is on and {errors.Count} content problem(s) were found:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors));
        }
    }

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Waits for the start-up's write of the parse cache when it is still under way, so a stop soon after start-up
    /// leaves the whole cache for the next start rather than a half-written temporary file (up to the host's
    /// shutdown timeout).
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.Saving.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout has passed: stop without it; the next start parses again.
        }
    }

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
