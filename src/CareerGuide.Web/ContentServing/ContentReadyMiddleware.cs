using CareerGuide.Content.Model;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Holds a request that arrives while the first content load is still running until the content is in, so no page
/// is ever made from an empty catalog; <c>/healthz</c> and <c>/readyz</c> answer at once (readiness says
/// "loading"). If the site stops before the content is in (strict mode refusing bad content), a held request gets
/// 503 with Retry-After. The first request answered after the load lets the start-up's background work begin
/// (<see cref="ContentStore.AfterFirstPage"/>). Once that is done, it costs two field reads per request.
/// </summary>
public sealed class ContentReadyMiddleware(RequestDelegate next, ContentStore store, IHostApplicationLifetime lifetime)
{
    /// <summary>Passes the request on once the content is loaded.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        if (store.Snapshot.IsLoaded) return store.AwaitingFirstPage ? ServeFirst(context) : next(context);
        if (context.Request.Path.StartsWithSegments(Links.Health) || context.Request.Path.StartsWithSegments(Links.Ready))
            return next(context);
        return WaitThenServe(context);
    }

    // A request answered from the loaded content lets the start-up's background work begin (ContentStore.AfterFirstPage).
    private async Task ServeFirst(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            store.FirstPageServed();
        }
    }

    private async Task WaitThenServe(HttpContext context)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await store.FirstLoaded.WaitAsync(waiting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The site is stopping before its content came in.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return;
        }
        await ServeFirst(context).ConfigureAwait(false);
    }
}
