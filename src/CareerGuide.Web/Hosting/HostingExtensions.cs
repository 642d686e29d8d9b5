using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using Serilog;

namespace CareerGuide.Web.Hosting;

/// <summary>The service registrations and request logging Program.cs hands off to.</summary>
public static class HostingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings.json, as the only logging provider.</summary>
    /// <remarks>
    /// Serilog's host integration builds the logger from the final configuration when the container is built,
    /// so settings added after this call (environment variables, command line, a test host) are honoured too.
    /// The static <see cref="Log.Logger"/> is left alone: several hosts in one process (tests) each keep their own.
    /// </remarks>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One structured event per request from Serilog's request logging: method, path, status and elapsed
    /// milliseconds (<c>HTTP GET /careers responded 200 in 1.2345 ms</c>), failures included, with the
    /// client's address as <c>ClientAddress</c> (behind a proxy, the forwarded one when forwarded headers are on).
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.EnrichDiagnosticContext = (context, http) => context.Set("ClientAddress", http.Connection.RemoteIpAddress?.ToString());
        });
        return app;
    }

    /// <summary>The content store, loaded once before the server starts and watched for changes.</summary>
    public static IServiceCollection AddCareerGuideContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentStore>();
        services.AddHostedService<ContentLoadService>();
        services.AddHostedService<ContentWatcher>();
        return services;
    }
}
