using System.IO.Compression;
using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Caching;

/// <summary>
/// Every cache rule in one place: ASP.NET Core's output cache with two named policies, compression, and the
/// Cache-Control that browsers and a shared cache in front (a CDN or nginx's proxy_cache) follow
/// (<see cref="ConditionalRequestMiddleware"/>).
/// </summary>
public static class CachingExtensions
{
    /// <summary>Pages made from the content: kept until the content changes.</summary>
    public const string Pages = "pages";

    /// <summary>Never stored: health answers, and the interest check's results (the student's own answers).</summary>
    public const string NeverStored = "never-stored";

    /// <summary>The tag every cached page carries; a content reload evicts it.</summary>
    public const string ContentTag = "content";

    private static readonly string[] CompressedTypes =
        ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/xml",
         "application/atom+xml", "text/plain", "image/svg+xml"];

    /// <summary>Registers the output cache's policies, Brotli and gzip.</summary>
    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Pages, policy => policy
                .With(context => !IsInterestCheckResult(context.HttpContext.Request))
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByHeader("Accept-Encoding")
                // Keyed by the catalog's version as well as the URL: a page rendered from an old catalog
                // during a reload can never be served once the new one is in force.
                .VaryByValue(context => new KeyValuePair<string, string>(
                    "catalog", context.RequestServices.GetRequiredService<ContentStore>().Snapshot.Version))
                // And by the query string as sent: the cache's own key sorts a parameter's repeated values, which would
                // make /compare?careers=a&careers=b and ?careers=b&careers=a one page though their columns differ.
                .VaryByValue(context => new KeyValuePair<string, string>("query", context.Request.QueryString.Value ?? string.Empty))
                .Tag(ContentTag));
            options.AddPolicy(NeverStored, policy => policy.NoCache());
        });
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<CachingOptions>>((o, caching) =>
            o.SizeLimit = Math.Max(1, caching.Value.OutputCacheMegabytes) * 1024L * 1024L);
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        // With the output cache on, a page is compressed once and then served many times: spend the CPU on
        // size. Without it every request compresses again, and Optimal costs more than rendering.
        services.AddOptions<BrotliCompressionProviderOptions>().Configure<IOptions<CachingOptions>>((o, caching) => o.Level = Level(caching.Value));
        services.AddOptions<GzipCompressionProviderOptions>().Configure<IOptions<CachingOptions>>((o, caching) => o.Level = Level(caching.Value));
        services.AddHostedService<CacheInvalidator>();
        return services;
    }

    /// <summary>A result of the interest check: the student's own answers, in the query string.</summary>
    public static bool IsInterestCheckResult(HttpRequest request) =>
        request.Path.StartsWithSegments(Links.Interests) && request.QueryString.HasValue;

    private static CompressionLevel Level(CachingOptions caching) => caching.Output ? CompressionLevel.Optimal : CompressionLevel.Fastest;

    /// <summary>
    /// The output cache, unless <c>Caching:Output</c> is off (to measure rendering). It runs outside compression, so
    /// it keeps compressed bytes, one copy per encoding, and a hit costs no compression.
    /// </summary>
    public static WebApplication UseOutputCacheUnlessOff(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CachingOptions>>().Value.Output) app.UseOutputCache();
        return app;
    }

    /// <summary>Static files; fingerprinted ones (<c>?v=</c>) immutable for a year, the rest for a day.</summary>
    public static WebApplication UseStaticFilesWithCaching(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=86400",
        });
        return app;
    }
}
