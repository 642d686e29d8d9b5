using System.IO.Compression;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Caching;

/// <summary>Output caching, compression and static-file caching in one place.</summary>
public static class CachingExtensions
{
    /// <summary>The tag every cached page carries; a content reload evicts it.</summary>
    public const string ContentTag = "content";

    private static readonly string[] CompressedTypes =
        ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/xml",
         "application/atom+xml", "text/plain", "image/svg+xml"];

    /// <summary>Registers output caching (keyed by catalog version), Brotli and gzip.</summary>
    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .Expire(TimeSpan.FromHours(1))
            .SetVaryByHeader("Accept-Encoding")
            // Keyed by the catalog's version as well as the URL: a page rendered from an old catalog
            // during a reload can never be served once the new one is in force.
            .VaryByValue(context => new KeyValuePair<string, string>(
                "catalog", context.RequestServices.GetRequiredService<ContentStore>().Snapshot.Version))
            // And by the query string as sent: the cache's own key sorts a parameter's repeated values, which would
            // make /compare?careers=a&careers=b and ?careers=b&careers=a one page though their columns differ.
            .VaryByValue(context => new KeyValuePair<string, string>("query", context.Request.QueryString.Value ?? string.Empty))
            .Tag(ContentTag)));
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
        // size. Without it every request compresses again, and Optimal gzip costs more than rendering.
        services.AddOptions<BrotliCompressionProviderOptions>().Configure<IOptions<CachingOptions>>((o, caching) => o.Level = Level(caching.Value));
        services.AddOptions<GzipCompressionProviderOptions>().Configure<IOptions<CachingOptions>>((o, caching) => o.Level = Level(caching.Value));
        services.AddHostedService<CacheInvalidator>();
        services.AddSingleton<FrontCache>();
        return services;
    }

    private static CompressionLevel Level(CachingOptions caching) => caching.Output ? CompressionLevel.Optimal : CompressionLevel.Fastest;

    /// <summary>
    /// The front cache (<see cref="FrontCacheMiddleware"/>) when it is on; with <c>Server:InlineIo</c>, the move off the
    /// socket's thread for what it does not answer (<see cref="HostingExtensions.UseLeaveSocketThread"/>); then routing,
    /// which runs after it so a page it answers costs no route match, then authentication and authorization where they
    /// belong, after routing (they have nothing to do on this site, but Razor Pages registers them and the framework
    /// would otherwise put both at the very start of the pipeline, running for every cached hit and before the endpoint
    /// they guard is known).
    /// Goes right after the request log.
    /// </summary>
    public static WebApplication UseFrontCacheThenRouting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<FrontCache>().Enabled) app.UseMiddleware<FrontCacheMiddleware>();
        app.UseLeaveSocketThread(app.Configuration);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// In order: conditional requests (a current ETag gets 304 before anything else), the output cache,
    /// then compression inside it, so the cache keeps compressed bytes (one copy per encoding) and a hit
    /// costs no compression; static files last, fingerprinted ones (<c>?v=</c>) immutable for a year.
    /// </summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseMiddleware<ConditionalRequestMiddleware>();
        if (app.Configuration.GetValue(CachingOptions.Section + ":Output", true))
        {
            app.UseOutputCache();
            if (app.Services.GetRequiredService<FrontCache>().Enabled) app.Use(FrontCacheMiddleware.NoteOutputCache);
        }
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=86400",
        });
        return app;
    }
}
