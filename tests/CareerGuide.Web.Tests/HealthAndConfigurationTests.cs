using System.Text.Json;
using CareerGuide.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests;

/// <summary>/healthz, /readyz, Content:Root, and the structured log events.</summary>
public sealed class HealthAndConfigurationTests
{
    private static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    // ASP.NET Core starts an Activity and a logging scope for every request when its hosting logger is on at any
    // level; nothing here reads them (the request event is Serilog's own), so the logger is off
    // unless an operator turns it on, and then both come back.
    [Theory]
    [InlineData(null, false)]
    [InlineData("Warning", true)]
    public async Task The_hosting_logger_is_off_so_no_request_starts_an_activity_unless_an_operator_turns_it_on(string? level, bool activity)
    {
        const string hosting = "Microsoft.AspNetCore.Hosting.Diagnostics";
        using var site = level is null ? new SiteFactory() : new SiteFactory { Settings = { ["Serilog:MinimumLevel:Override:" + hosting] = level } };
        var seen = new List<System.Diagnostics.Activity?>();
        using var watched = site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter>(_ => new FirstMiddleware(context =>
            {
                lock (seen) seen.Add(System.Diagnostics.Activity.Current);
            }))));
        using var client = watched.CreateClient();
        using (var response = await client.GetAsync(new Uri("/careers/electrician", UriKind.Relative))) Assert.Equal(200, (int)response.StatusCode);
        using (var response = await client.GetAsync(new Uri("/careers/electrician", UriKind.Relative))) Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(2, seen.Count);
        Assert.All(seen, a => Assert.Equal(activity, a is not null));
        var loggers = watched.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();
        Assert.Equal(activity, loggers.CreateLogger(hosting).IsEnabled(Microsoft.Extensions.Logging.LogLevel.Critical));
        // The framework's other categories still write their warnings: Kestrel's, and the unhandled exceptions of requests.
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Error));
        Assert.True(loggers.CreateLogger("Microsoft.Hosting.Lifetime").IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information));
    }

    /// <summary>Puts a step before the whole of the app's pipeline.</summary>
    private sealed class FirstMiddleware(Action<Microsoft.AspNetCore.Http.HttpContext> look) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, rest) =>
            {
                look(context);
                return rest(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var site = new SiteFactory();
        using var response = await site.Client().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Content_root_setting_serves_another_folder_and_readyz_names_the_bad_file()
    {
        using var site = new SiteFactory { ContentRoot = FixtureContent };
        var client = site.Client();

        await site.Page("/careers/lunar-greenhouse-technician");
        await site.Page("/careers/machine-learning-engineer", 404);
        await site.Page("/careers/broken-guide", 404);

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(200, (int)ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("ready", root.GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("guides").GetInt32());
        Assert.Equal(["careers/broken-guide.md"], root.GetProperty("failedFiles").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["careers/broken-guide.md:11:13: error: skills[0].rating: 140 is out of range; write a rating from 0 to 100"],
            root.GetProperty("problems").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Serilog_from_configuration_writes_one_event_per_request_and_one_per_content_load_and_loses_none_at_shutdown()
    {
        var log = Path.Combine(Path.GetTempPath(), $"careerguide-{Guid.NewGuid():N}.log");
        const int requests = 300;
        try
        {
            using (var site = new LoggingSite(log))
            {
                // The request log is written off the request path (Serilog's async sink around the configured one).
                var configuration = (IConfiguration)site.Services.GetService(typeof(IConfiguration))!;
                Assert.Equal("Async", configuration["Serilog:WriteTo:0:Name"]);
                await site.Page("/careers/machine-learning-engineer/skills");
                await site.Page("/careers/nope", 404);
                using var client = site.CreateClient();
                await Task.WhenAll(Enumerable.Range(0, requests).Select(async i =>
                {
                    using var response = await client.GetAsync(new Uri($"/careers?n={i}", UriKind.Relative));
                    Assert.Equal(200, (int)response.StatusCode);
                }));
            }
            // The site is stopped and disposed: every event must have reached the file by now.
            var lines = await File.ReadAllLinesAsync(log);
            Assert.Single(lines, l => l.Contains("Content loaded from", StringComparison.Ordinal) && l.Contains(" guides, 1 articles", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains("HTTP GET /careers/machine-learning-engineer/skills responded 200 in", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains("HTTP GET /careers/nope responded 404 in", StringComparison.Ordinal));
            Assert.Equal(requests, lines.Count(l => l.Contains("HTTP GET /careers responded 200 in", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task One_setting_turns_the_log_into_compact_json_with_the_client_address_and_errors_at_error_level()
    {
        var log = Path.Combine(Path.GetTempPath(), $"careerguide-{Guid.NewGuid():N}.log");
        try
        {
            using (var site = new LoggingSite(log, json: true))
            {
                await site.Page("/careers/machine-learning-engineer");
                await site.Page("/error", 500);
            }
            var events = (await File.ReadAllLinesAsync(log)).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
            var page = Assert.Single(events, e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/careers/machine-learning-engineer");
            Assert.Equal(HostingExtensions.RequestTemplate, page.GetProperty("@mt").GetString());
            Assert.False(page.TryGetProperty("@l", out _)); // Information: compact JSON leaves the level out
            Assert.Equal(200, page.GetProperty("StatusCode").GetInt32());
            Assert.True(page.TryGetProperty("ClientAddress", out _));
            var error = Assert.Single(events, e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/error");
            Assert.Equal("Error", error.GetProperty("@l").GetString());
        }
        finally
        {
            File.Delete(log);
        }
    }

    /// <summary>The site with the shipped async sink writing to Serilog's file sink, configured through settings as an operator would.</summary>
    private sealed class LoggingSite(string logFile, bool json = false) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Root", Path.Combine(SiteFactory.RepositoryRoot, "content"));
            // An in-memory source, as appsettings or environment variables would be: UseSetting gives
            // the WriteTo:0 section an empty value, which Serilog would read as a sink with no name.
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:0:Args:configure:0:Name"] = "File",
                ["Serilog:WriteTo:0:Args:configure:0:Args:path"] = logFile,
                [json ? "Serilog:WriteTo:0:Args:configure:0:Args:formatter" : "Serilog:WriteTo:0:Args:configure:0:Args:outputTemplate"] =
                    json ? CompactJson : "{Message:lj}{NewLine}",
                // Thousands of uncached requests at once from one client: more than the default limit allows.
                ["RateLimit:PerSecond"] = "100000",
                ["RateLimit:Burst"] = "100000",
            }));
        }

        /// <summary>The README's setting for machine-readable logs.</summary>
        public const string CompactJson = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact";

        public async Task Page(string url, int status = 200)
        {
            using var response = await CreateClient().GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(status, (int)response.StatusCode);
        }
    }
}
