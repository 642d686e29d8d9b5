namespace CareerGuide.Web.Infrastructure;

/// <summary>Liveness and readiness for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps <c>/healthz</c> (the process answers) and <c>/readyz</c> (content loaded; failed files listed).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok", "text/plain")).CacheOutput(policy => policy.NoCache());
        endpoints.MapGet("/readyz", (ContentStore store) =>
        {
            var catalog = store.Current;
            var body = new ReadinessReport(
                Status: store.IsLoaded ? "ready" : "loading",
                LoadedAt: store.IsLoaded ? catalog.LoadedAt : null,
                Guides: catalog.Guides.Count,
                Articles: catalog.Articles.Count,
                FailedFiles: catalog.FailedFiles,
                KeptFiles: catalog.KeptFiles,
                Problems: [.. catalog.Problems.Select(p => p.ToString())]);
            return Results.Json(body, statusCode: store.IsLoaded ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).CacheOutput(policy => policy.NoCache());
        return endpoints;
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
