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

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public async Task Server_inline_io_turns_on_kestrels_inline_scheduling_and_pages_still_serve(string? setting, bool inline)
    {
        using var site = setting is null ? new SiteFactory() : new SiteFactory { Settings = { ["Server:InlineIo"] = setting } };
        var options = site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketTransportOptions>>();
        Assert.Equal(inline, options.Value.UnsafePreferInlineScheduling);
        await site.Page("/careers/electrician");
    }

    // ASP.NET Core starts an Activity and a logging scope for every request when its hosting logger is on at any
    // level; nothing here reads them (the request event is written by the site's own middleware), so the logger is off
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
    public async Task Start_up_makes_no_data_protection_key_ring_as_nothing_on_the_site_uses_one()
    {
        // Razor Pages brings ASP.NET Core's data protection (for antiforgery tokens in POST forms); the site has only GET
        // forms, no cookies and no sign-in, so the hosted service that read or made a key ring on every start is removed.
        using var site = new SiteFactory();
        using var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri("/careers/machine-learning-engineer", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        var hosted = site.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().FullName).ToList();
        Assert.DoesNotContain(HostingExtensions.DataProtectionStartup, hosted);
        Assert.Contains(typeof(CareerGuide.Web.ContentServing.ContentLoadService).FullName, hosted);
        // The service itself is still there, for whatever asks for it.
        Assert.NotNull(site.Services.GetService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>());
    }

    [Fact]
    public void Serilog_settings_take_sinks_from_the_assemblies_using_names_and_the_apps_own()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:Using:0"] = "Serilog.Sinks.File",
            ["Serilog:Using:1"] = "CareerGuide.Web",
        }).Build();
        Assert.Equal(["Serilog.Sinks.File", "CareerGuide.Web"],
            HostingExtensions.SerilogSettingsAssemblies(configuration).Select(a => a.GetName().Name));
        var missing = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:Using:0"] = "Serilog.Sinks.NotInstalled",
        }).Build();
        Assert.Throws<FileNotFoundException>(() => HostingExtensions.SerilogSettingsAssemblies(missing));
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

    /// <summary>The site with the shipped async sink writing to Serilog's file sink, configured through settings as an operator would.</summary>
    private sealed class LoggingSite(string logFile) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
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
                ["Serilog:WriteTo:0:Args:configure:0:Args:outputTemplate"] = "{Message:lj}{NewLine}",
            }));
        }

        public async Task Page(string url, int status = 200)
        {
            using var response = await CreateClient().GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(status, (int)response.StatusCode);
        }
    }
}
