using CareerGuide.Web.Endpoints;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// The port opens while the content is still loading at start-up (the hosted services start together); a request
/// that comes before the first load waits for it, so no page, ETag or cache entry is ever made from an empty
/// catalog. The health checks answer at once: <c>/readyz</c> says "loading" (503) until then.
/// </summary>
public sealed class FirstLoadMiddleware(RequestDelegate next, ContentStore store)
{
    /// <summary>Passes the request on once the first load is in.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        if (store.FirstLoad.IsCompleted || HealthEndpoints.IsHealthCheck(context.Request.Path)) return next(context);
        return Waiting(context);
    }

    private async Task Waiting(HttpContext context)
    {
        await store.FirstLoad.WaitAsync(context.RequestAborted);
        await next(context);
    }
}
