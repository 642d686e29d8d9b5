using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerGuide.Web.Endpoints;

/// <summary>Liveness and readiness for load balancers and orchestrators, through ASP.NET Core's health checks.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness check: content has been loaded.</summary>
    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentLoadedCheck>("content", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Whether a path is <c>/healthz</c> or <c>/readyz</c>: answered at once, never cached.</summary>
    public static bool IsHealthCheck(PathString path) => path.StartsWithSegments(Links.Health) || path.StartsWithSegments(Links.Ready);

    /// <summary>Maps <c>/healthz</c> (the process answers <c>ok</c>) and <c>/readyz</c> (JSON: content loaded, failed files listed).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // AllowCachingResponses: the headers are already set, once for both, as Cache-Control: no-store
        // (ConditionalRequestMiddleware); the health-check middleware would otherwise write its own.
        endpoints.MapHealthChecks(Links.Health, new HealthCheckOptions
        {
            Predicate = _ => false,
            AllowCachingResponses = true,
            ResponseWriter = (context, _) =>
            {
                context.Response.ContentType = "text/plain";
                return context.Response.WriteAsync("ok");
            },
        });
        endpoints.MapHealthChecks(Links.Ready, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            AllowCachingResponses = true,
            // Loading is Degraded, not Unhealthy: not ready (503), but an answer to log, not an error.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteReadiness,
        });
        return endpoints;
    }

    private static Task WriteReadiness(HttpContext context, HealthReport report)
    {
        var snapshot = context.RequestServices.GetRequiredService<ContentStore>().Snapshot;
        var catalog = snapshot.Catalog;
        var body = new ReadinessReport(
            Status: snapshot.IsLoaded ? "ready" : "loading",
            LoadedAt: snapshot.IsLoaded ? catalog.LoadedAt : null,
            Guides: catalog.Guides.Count,
            Articles: catalog.Articles.Count,
            FailedFiles: catalog.FailedFiles,
            KeptFiles: catalog.KeptFiles,
            Problems: [.. catalog.Problems.Select(p => p.ToString())]);
        // The app's own JSON options, as minimal APIs use: camelCase, readable apostrophes.
        return context.Response.WriteAsJsonAsync(body);
    }

    /// <summary>Healthy once the first content load has completed; Degraded (503) while it loads at start-up.</summary>
    private sealed class ContentLoadedCheck(ContentStore store) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(store.Snapshot.IsLoaded ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("content is loading"));
    }

    /// <summary>The <c>/readyz</c> body.</summary>
    /// <param name="Status"><c>ready</c> or <c>loading</c>.</param>
    /// <param name="LoadedAt">When the catalog in force was built.</param>
    /// <param name="Guides">Guides being served.</param>
    /// <param name="Articles">Articles being served.</param>
    /// <param name="FailedFiles">Content files with errors: left out, or served at their last good version.</param>
    /// <param name="KeptFiles">Of those, the files still served at their last good version (a bad edit on a running server).</param>
    /// <param name="Problems">Every problem, as <c>path:line:column: severity: message</c>.</param>
    public sealed record ReadinessReport(string Status, DateTimeOffset? LoadedAt, int Guides, int Articles,
        IReadOnlyList<string> FailedFiles, IReadOnlyList<string> KeptFiles, IReadOnlyList<string> Problems);
}
