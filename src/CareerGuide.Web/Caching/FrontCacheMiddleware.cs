using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerGuide.Web.Caching;

/// <summary>
/// Answers a repeat request for a page the output cache holds before routing and the rest of the pipeline: on
/// this machine, with one core, that pipeline (routing, the security, method and error middleware, the output
/// cache's key, lookup and copy) was about a sixth of a cached page's cost. It sits right after the request log,
/// so every request is still logged.
/// </summary>
/// <remarks>
/// A response is kept only when the output cache itself stored it (status 200, no cookie, not a page that opts
/// out), with the headers the client got and the body in the encoding asked for, keyed like the output cache's
/// entry (scheme, host, path, the query string as sent, Accept-Encoding, the catalog). A hit sends what the output
/// cache would have sent: the same headers (its stored Date, ETag, Cache-Control, Vary, the security headers),
/// Age from when the page was stored, and Content-Length. Conditional requests (If-None-Match, If-Modified-Since),
/// HEAD, and requests with credentials always take the full pipeline, so 304s come from where they always did.
/// </remarks>
public sealed class FrontCacheMiddleware(RequestDelegate next, FrontCache cache, ContentStore store, IOptions<OutputCacheOptions> outputCache)
{
    /// <summary>A page bigger than this is not kept (the output cache's own limit is 64 MB; pages here are under 1 MB).</summary>
    private const int LargestBody = 4 * 1024 * 1024;

    private readonly TimeSpan defaultLifetime = outputCache.Value.DefaultExpirationTimeSpan;

    /// <summary>Serves a kept response, or runs the pipeline and keeps what the output cache stored.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var snapshot = store.Snapshot;
        var headers = request.Headers;
        if (!snapshot.IsLoaded || !HttpMethods.IsGet(request.Method)
            || headers.IfNoneMatch.Count > 0 || headers.IfModifiedSince.Count > 0 || headers.Authorization.Count > 0)
            return next(context);
        var key = $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}{request.Path.Value}{request.QueryString.Value}\n{headers.AcceptEncoding}";
        var now = cache.Clock.GetUtcNow();
        return cache.TryGet(key, snapshot.Version, now, out var entry) ? Serve(context.Response, entry, now) : RunAndKeep(context, key, snapshot.Version);
    }

    private static Task Serve(HttpResponse response, FrontCacheEntry entry, DateTimeOffset now)
    {
        var headers = response.Headers;
        foreach (var (name, value) in entry.Headers) headers[name] = value;
        // As the output cache does: whole seconds since the page was stored.
        var age = now - entry.Created;
        headers.Age = HeaderUtilities.FormatNonNegativeInt64((age > TimeSpan.Zero ? age : TimeSpan.Zero).Ticks / TimeSpan.TicksPerSecond);
        response.ContentLength = entry.Body.Length;
        var write = response.BodyWriter.WriteAsync(entry.Body);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    private async Task RunAndKeep(HttpContext context, string key, string version)
    {
        var response = context.Response;
        var original = response.Body;
        var copy = new CopyingStream(original, LargestBody);
        var seen = new OutputCacheSeen();
        context.Features.Set(seen);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
            context.Features.Set<OutputCacheSeen>(null);
        }

        // Stored by the output cache just now: an output-cache hit carries Age, and is kept when it was stored.
        if (seen.Context is not { EnableOutputCaching: true, AllowCacheStorage: true, ResponseTime: { } created } stored
            || response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.Age)
            || response.Headers.ContainsKey(HeaderNames.SetCookie) || copy.Copied is not { } body
            || (response.ContentLength is { } length && length != body.Length))
            return;
        var headers = response.Headers
            .Where(h => !h.Key.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
                && !h.Key.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var entry = new FrontCacheEntry(version, headers, body, created, created + (stored.ResponseExpirationTimeSpan ?? defaultLifetime));
        // A catalog swapped in meanwhile has already emptied the cache: an entry of the old one would only take room.
        if (cache.TryAdd(key, entry) && store.Snapshot.Version != version) cache.Remove(key);
    }

    /// <summary>Set by the middleware after the output cache on a request the front cache may keep.</summary>
    internal sealed class OutputCacheSeen
    {
        public OutputCacheContext? Context { get; set; }
    }

    /// <summary>
    /// Records the output cache's decisions for a request the front cache runs (its feature is gone once it returns).
    /// Goes right after <c>UseOutputCache</c>; costs nothing on requests the front cache answered.
    /// </summary>
    public static Task NoteOutputCache(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<OutputCacheSeen>() is { } seen) seen.Context = context.Features.Get<IOutputCacheFeature>()?.Context;
        return next(context);
    }

    /// <summary>Passes every write through to the response and keeps a copy, up to a limit.</summary>
    private sealed class CopyingStream(Stream inner, int limit) : WriteOnlyStream
    {
        private MemoryStream? copy = new();

        /// <summary>Everything written, or null if it went past the limit.</summary>
        public byte[]? Copied => copy?.ToArray();

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        private void Keep(ReadOnlySpan<byte> buffer)
        {
            if (copy is null) return;
            if (copy.Length + buffer.Length > limit) copy = null;
            else copy.Write(buffer);
        }
    }
}
