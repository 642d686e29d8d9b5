using System.Reflection;
using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace CareerGuide.Web.Hosting;

/// <summary>The service registrations and request logging Program.cs hands off to.</summary>
public static class HostingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings.json, as the only logging provider.</summary>
    /// <remarks>
    /// Serilog's host integration builds the logger from the final configuration when the container is built,
    /// so settings added after this call (environment variables, command line, a test host) are honoured too.
    /// The static <see cref="Log.Logger"/> is left alone: several hosts in one process (tests) each keep their own.
    /// ASP.NET Core's hosting logger (<see cref="HostingDiagnostics"/>) is off unless the settings turn it on: while it
    /// is on at any level, the framework starts an <see cref="System.Diagnostics.Activity"/> and a logging scope for
    /// every request, which nothing here reads (the request event is <see cref="RequestLogMiddleware"/>'s) and which
    /// took about 4% of a cached page's processor time. What it writes above Information, a hosting-startup assembly
    /// that fails to load, does not arise here (a start-up failure itself ends the app with its exception).
    /// </remarks>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
            {
                var configuration = services.GetRequiredService<IConfiguration>();
                logger
                    .MinimumLevel.Override(HostingDiagnostics, LevelAlias.Off)
                    .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(SerilogSettingsAssemblies(configuration)));
            },
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// The assemblies Serilog's settings take sinks and enrichers from: those <c>Serilog:Using</c> names (loaded by name,
    /// so a name that is not there stops start-up, as before) and this app's own (the <c>FastConsole</c> sink).
    /// </summary>
    /// <remarks>
    /// Given the assemblies, Serilog no longer looks for them itself: without them it read the app's dependency file
    /// and opened every Serilog*.dll beside the app on each start (about 50 ms of a start that opened the port at
    /// 800 ms under a profiler). A sink from a package the settings do not name in <c>Using</c> is therefore not
    /// found; name its assembly there.
    /// </remarks>
    internal static Assembly[] SerilogSettingsAssemblies(IConfiguration configuration) =>
    [
        .. configuration.GetSection("Serilog:Using").GetChildren()
            .Select(c => c.Value).OfType<string>().Where(name => name.Length > 0)
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .Append(typeof(FastConsoleSinkExtensions).Assembly)
            .Distinct(),
    ];

    /// <summary>The category of ASP.NET Core's hosting logger (its per-request events and their scope).</summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// One structured event per request (<see cref="RequestLogMiddleware"/>, the event Serilog.AspNetCore's request
    /// logging writes): method, path, status and elapsed milliseconds (<c>HTTP GET /careers responded 200 in 1.2345 ms</c>),
    /// failures included, with the client's address as <c>ClientAddress</c> (behind a proxy, the forwarded one when
    /// forwarded headers are on).
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<RequestLogMiddleware>(app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }

    /// <summary>The hosted service of ASP.NET Core's data protection that reads or makes its key ring at start-up.</summary>
    public const string DataProtectionStartup = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// Takes out the hosted service that reads (or makes and stores) data protection's key ring on every start. Razor
    /// Pages registers data protection for antiforgery tokens, which only POST forms carry; the site has GET forms
    /// only, sets no cookies and signs nobody in, so nothing here protects data, and reading the key ring took about
    /// 50 ms of a start that opened the port at 800 ms under a profiler. Data protection itself stays registered:
    /// anything that asks for it makes its key ring then.
    /// </summary>
    public static IServiceCollection RemoveDataProtectionStartup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.FullName == DataProtectionStartup)
                services.RemoveAt(i);
        }
        return services;
    }

    /// <summary>
    /// True in the app's own process, where the app is the entry point; false where a test host runs the app inside
    /// its own process, which the process-wide settings (standard output, socket engine, scheduling, preload) leave alone.
    /// </summary>
    public static bool IsAppsOwnProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly;

    /// <summary>The configuration key for <see cref="UseInlineIo"/>.</summary>
    public const string InlineIoSetting = "Server:InlineIo";

    /// <summary>
    /// With <c>Server:InlineIo</c> on (off by default), a request starts on the thread that read it from the socket and
    /// a page the front cache holds is sent from there, as nginx's worker does, instead of being handed to the thread
    /// pool and back (Kestrel's <see cref="SocketTransportOptions.UnsafePreferInlineScheduling"/>, and socket completions
    /// inline: <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>, set here for this process before its first socket).
    /// Anything else goes on on the thread pool, its body sent whole (<see cref="UseLeaveSocketThread"/>). What it gives
    /// and costs is in docs/performance.md: on one core, 1.3-1.4 times the cached pages per second with
    /// <see cref="BatchScheduling"/> off (with it on, the default, about the same as without this); on two, cached
    /// pages at a steady rate beside uncached searches, their p50 about half and their p99 lower, the searches about
    /// the same. Flat out, it favours cached pages over everything else: pages that are rendered (output cache off)
    /// get fewer requests per second (the imported guide 0.76-0.84 times in benchmarks/run.sh: each request pays for
    /// waking a pool thread from the socket's), at a higher p99. Off, every request goes through the thread pool: the
    /// default, which favours no kind of request.
    /// </summary>
    public static WebApplicationBuilder UseInlineIo(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue(InlineIoSetting, false)) return builder;
        // The socket engine reads this once, when the first socket is made: only in the app's own process (a test
        // host shares its process with the tests' own sockets).
        if (IsAppsOwnProcess)
            Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
        builder.WebHost.UseSockets(options => options.UnsafePreferInlineScheduling = true);
        return builder;
    }

    /// <summary>
    /// With <c>Server:InlineIo</c> on, a request that reaches this point (one the front cache did not answer: a page
    /// to render, a search, a 304, a static file) leaves the socket's thread and goes on on the thread pool, so the
    /// other connections on that thread wait for no rendering, only for cached pages being sent. A request already
    /// on the thread pool goes on where it is. Its body is kept and sent in one write with its Content-Length
    /// (<see cref="WholeBodyStream"/>): Kestrel's inline scheduling sends each flush at once, and a rendered page went
    /// out in about five sends. Off, it adds nothing to the pipeline. Goes right after the front cache.
    /// </summary>
    public static IApplicationBuilder UseLeaveSocketThread(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue(InlineIoSetting, false)) return app;
        return app.Use(next => context => Thread.CurrentThread.IsThreadPoolThread ? SentWhole(next, context) : OnThreadPool(next, context));

        static async Task OnThreadPool(RequestDelegate next, HttpContext context)
        {
            // No synchronization context here: the rest of the request is queued to the thread pool.
            await Task.Yield();
            await SentWhole(next, context);
        }

        // Inline scheduling sends each flush as it comes: the body is kept and sent in one write (WholeBodyStream).
        static async Task SentWhole(RequestDelegate next, HttpContext context)
        {
            var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            var body = new WholeBodyStream(context.Response, original);
            context.Features.Set<IHttpResponseBodyFeature>(body);
            try
            {
                await next(context);
                await body.SendAsync();
            }
            finally
            {
                context.Features.Set(original);
                body.Release();
            }
        }
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
