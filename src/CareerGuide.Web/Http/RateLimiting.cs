using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Http;

/// <summary>The <c>RateLimit</c> settings: how much uncached work one client address may ask for.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimit";

    /// <summary>Uncached requests a client may make a second, on average; 0 turns the limit off.</summary>
    public int PerSecond { get; set; } = 20;

    /// <summary>Uncached requests a client may make at once before the average applies (a class behind one address).</summary>
    public int Burst { get; set; } = 200;
}

/// <summary>
/// ASP.NET Core's rate limiter, one token bucket per client address (the proxy's <c>X-Forwarded-For</c> when
/// forwarded headers are trusted), so one client's flood of random URLs or filter pages cannot starve everyone
/// else. It sits after the output cache and the static files, so what they answer (cached pages, CSS, scripts)
/// never counts; health checks are exempt. A refused request gets 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimiting
{
    /// <summary>Registers the limiter from the <c>RateLimit</c> settings.</summary>
    public static IServiceCollection AddUncachedRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return settings.PerSecond <= 0
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, _ => new()
                    {
                        TokenLimit = Math.Max(1, settings.Burst),
                        TokensPerPeriod = settings.PerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    });
            });
            options.OnRejected = (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                // A body of its own, so the status-code pages leave it alone.
                response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(response.WriteAsync("Too many requests from your address; please wait a moment and try again.", cancellationToken));
            };
        });
        return services;
    }
}
