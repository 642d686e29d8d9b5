using CareerGuide.Web.ContentServing;
using Serilog;
using Serilog.Events;

namespace CareerGuide.Web.Hosting;

/// <summary>The logging and content registrations Program.cs hands off to.</summary>
public static class HostingExtensions
{
    /// <summary>The category of ASP.NET Core's hosting logger (its per-request events and their scope).</summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// Serilog, configured from the <c>Serilog</c> section of appsettings.json, as the only logging provider. Serilog's
    /// host integration builds the logger from the final configuration, so settings added after this call (environment
    /// variables, the command line, a test host) count too; the static <see cref="Log.Logger"/> is left alone, so
    /// several hosts in one process (tests) each keep their own.
    /// </summary>
    /// <remarks>
    /// ASP.NET Core's hosting logger is off unless the settings name it: the request event is Serilog's
    /// (<see cref="UseRequestLogging"/>), and while that logger is on at any level the framework starts an
    /// <see cref="System.Diagnostics.Activity"/> and a logging scope for every request that nothing here reads.
    /// </remarks>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
                .MinimumLevel.Override(HostingDiagnostics, LevelAlias.Off)
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>The message of the one event per request.</summary>
    public const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";

    /// <summary>
    /// Serilog.AspNetCore's request logging: one event per request with method, path, status and elapsed milliseconds
    /// (<c>HTTP GET /careers responded 200 in 1.2345 ms</c>), Error for a 5xx (but /readyz's while loading) or an
    /// exception, and the client's address as <c>ClientAddress</c> (behind a proxy, the forwarded one when forwarded
    /// headers are on).
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestTemplate;
            options.GetLevel = (context, _, exception) =>
                exception is not null || (context.Response.StatusCode >= 500 && !IsReadiness(context)) ? LogEventLevel.Error : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
        });
        return app;
    }

    // A 503 from /readyz is its answer while the content loads (a probe asking at start-up), not a failure.
    private static bool IsReadiness(HttpContext context) => context.Request.Path.StartsWithSegments(CareerGuide.Content.Model.Links.Ready);

    /// <summary>The content store, loaded once at start-up (as the port opens) and watched for changes.</summary>
    public static IServiceCollection AddCareerGuideContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentStore>();
        // The content loads while the server opens its port; requests that come first wait (FirstLoadMiddleware).
        services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        services.AddHostedService<ContentLoadService>();
        services.AddHostedService<ContentWatcher>();
        return services;
    }
}
