namespace CareerGuide.Web.Http;

/// <summary>
/// The site only reads: GET and HEAD are served, OPTIONS says so, and every other method is 405.
/// Without this, Razor Pages would run a page for a method it has no handler for (TRACE, say),
/// with its model never filled in.
/// </summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    private const string Allowed = "GET, HEAD, OPTIONS";

    /// <summary>Passes GET and HEAD on; answers everything else itself.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) return next(context);

        context.Response.Headers.Allow = Allowed;
        context.Response.StatusCode = HttpMethods.IsOptions(method) ? StatusCodes.Status204NoContent : StatusCodes.Status405MethodNotAllowed;
        return Task.CompletedTask;
    }
}
