using Microsoft.Extensions.Options;

namespace CareerGuide.Web.ContentServing;

/// <summary>Loads the content once at start-up, before the server takes requests; in strict mode, any error stops start-up.</summary>
public sealed class ContentLoadService(ContentStore store, IOptions<ContentOptions> options) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = store.Load().Catalog;
        var errors = catalog.Problems.Where(p => p.IsError).ToList();
        if (options.Value.Strict && errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Content:Strict is on and {errors.Count} content problem(s) were found:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors));
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
