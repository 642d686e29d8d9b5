using Serilog;
using Serilog.Extensions.Logging;

namespace CareerGuide.Web.Infrastructure;

/// <summary>The service registrations Program.cs hands off to.</summary>
public static class HostingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings.json, as the only logging provider.</summary>
    /// <remarks>
    /// The logger is built from the final configuration when the container first asks for it, so settings
    /// added after this call (environment variables, command line, a test host) are honoured too.
    /// </remarks>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(
            new LoggerConfiguration().ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()).CreateLogger(),
            dispose: true));
        return builder;
    }

    /// <summary>The content store, loaded once before the server starts.</summary>
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
