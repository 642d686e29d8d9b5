using Microsoft.Extensions.Options;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Loads the content once at start-up; in strict mode, any error stops start-up. The load begins before the other
/// services start (<see cref="StartingAsync"/>) and the host's start-up finishes only once it is done
/// (<see cref="StartedAsync"/>), so the server opens its port while the content loads; requests that arrive
/// meanwhile wait for it (<see cref="ContentReadyMiddleware"/>).
/// </summary>
/// <remarks>The search index of this first load is built once the server has started (see <see cref="ContentStore.Load"/>).</remarks>
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
        lifetime.ApplicationStarted.Register(() => store.Current.PrepareSearch());
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

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
