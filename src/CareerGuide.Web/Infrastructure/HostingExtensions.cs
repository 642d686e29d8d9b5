using Serilog;

namespace CareerGuide.Web.Infrastructure;

/// <summary>The service registrations Program.cs hands off to.</summary>
public static class HostingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings.json, as the only logging provider.</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .CreateLogger();
        builder.Logging.ClearProviders().AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>The content store, loaded once before the server starts.</summary>
    public static IServiceCollection AddCareerGuideContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentStore>();
        services.AddHostedService<ContentLoadService>();
        return services;
    }
}
