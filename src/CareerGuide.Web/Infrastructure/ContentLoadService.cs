namespace CareerGuide.Web.Infrastructure;

/// <summary>Loads the content once at start-up, before the server takes requests.</summary>
public sealed class ContentLoadService(ContentStore store) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Load();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
