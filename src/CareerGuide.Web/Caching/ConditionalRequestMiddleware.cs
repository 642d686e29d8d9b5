using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Endpoints;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerGuide.Web.Caching;

/// <summary>
/// ETag, 304 Not Modified and Cache-Control for pages (static files set their own Cache-Control and ETag). A page's ETag is the
/// version of the code and catalog it was made from, so a client that already has it gets 304 before any
/// rendering or cache lookup. Health endpoints are never cached.
/// </summary>
public sealed class ConditionalRequestMiddleware(RequestDelegate next, ContentStore store, IOptions<CachingOptions> options)
{
    private readonly string cacheControl = $"public, max-age={options.Value.BrowserSeconds}, s-maxage={options.Value.SharedSeconds}";

    /// <summary>Answers 304 when the client's copy is current; otherwise tags a successful response.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Value is { } value && Path.HasExtension(value) && !value.EndsWith(".xml", StringComparison.Ordinal) && !value.EndsWith(".txt", StringComparison.Ordinal))
            return next(context);
        // Health answers change by the second; the interest check's answers are the student's own and are kept
        // by no cache, ours or anyone's.
        if (HealthEndpoints.IsHealthCheck(path) || CachingExtensions.IsInterestCheckResult(context.Request))
        {
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        }

        var etag = store.Snapshot.ETag;
        var match = context.Request.Headers.IfNoneMatch.ToString();
        // Only a tag this server gave out counts: "*" would also match a page that does not exist.
        if (match.Length > 0 && match.Split(',').Any(t => t.Trim() == etag || "W/" + t.Trim() == etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetCaching(context.Response.Headers, etag);
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK) SetCaching(context.Response.Headers, etag);
            else if (context.Response.StatusCode >= 400) context.Response.Headers.CacheControl = "no-cache";
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void SetCaching(IHeaderDictionary headers, string etag)
    {
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
    }
}
