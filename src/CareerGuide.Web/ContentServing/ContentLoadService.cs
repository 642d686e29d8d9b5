using Microsoft.Extensions.Options;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Loads the content once at start-up, while the server opens its port (the hosted services start together);
/// requests that come first wait for it (<see cref="FirstLoadMiddleware"/>). In strict mode, any error stops the app.
/// </summary>
public sealed class ContentLoadService(ContentStore store, IOptions<ContentOptions> options) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = (await Task.Run(store.Load, cancellationToken).ConfigureAwait(false)).Catalog;
        var errors = catalog.Problems.Where(p => p.IsError).ToList();
        if (options.Value.Strict && errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Content:Strict is on and {errors.Count} content problem(s) were found:{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors));
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
