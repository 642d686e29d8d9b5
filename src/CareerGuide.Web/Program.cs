using CareerGuide.Content.Model;
using CareerGuide.Web.Caching;
using CareerGuide.Web.Commands;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Endpoints;
using CareerGuide.Web.Hosting;
using CareerGuide.Web.Http;

// Editor commands (`validate [folder | file]`, `new career "Name"`, `--help`) run and exit without starting the server.
// They read Content:Root from the same places the server does: appsettings.json, the environment, the command line.
// (Only for a command: a server start goes straight on to the host, which reads the same settings itself.)
if (EditorCommands.IsCommand(args))
{
    var commandSettings = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
    return EditorCommands.TryRun(args, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow), commandSettings["Content:Root"]) ?? 2;
}

// Standard output in 64 KB blocks, flushed every second and when the app stops (after the host has written
// out its last log events): one write call per request event showed in the profile. Only when this is the
// process's own entry point (tests host the app inside theirs) and its output goes to a file or a pipe, as in
// production; in a terminal every line appears at once.
using var console = HostingExtensions.IsAppsOwnProcess && Console.IsOutputRedirected
    ? BufferedConsoleOutput.Install() : null;

// A published app carries wwwroot and appsettings beside its dll: use that folder, so the app works
// whatever directory it is started from. (`dotnet run` already starts in the project folder.)
var appFolder = AppContext.BaseDirectory;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Directory.Exists(Path.Combine(appFolder, "wwwroot")) ? appFolder : null,
});

// Linux: the server's threads scheduled as batch work, so a socket thread woken by a request does not interrupt a
// thread sending a page (Server:BatchScheduling, on by default; see Hosting/BatchScheduling.cs). Threads made later
// inherit it; one more pass when the server has started. Only in the app's own process, never in a test host's.
var batchScheduling = HostingExtensions.IsAppsOwnProcess
    && builder.Configuration.GetValue(BatchScheduling.Setting, true);
if (batchScheduling) BatchScheduling.ApplyToProcess();

// Content: the first load starts now, on the thread pool, while the rest of the app is built (start-up is mostly
// this load). Only when this is the process's own entry point: a test host changes the settings after this line,
// and its store would not use a load made with the ones before.
if (HostingExtensions.IsAppsOwnProcess)
    builder.Services.AddSingleton(ContentPreload.Start(builder.Configuration, builder.Environment, TimeProvider.System));

// Logging: Serilog from appsettings.json, one event per request and per content load.
builder.AddSerilogLogging();

// Content: parsed once at start-up into an immutable catalog.
builder.Services.AddCareerGuideContent(builder.Configuration);

// No Server header: it tells attackers what to aim at and helps nobody else.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
// Server:InlineIo (off by default): requests run on the socket's own thread (see HostingExtensions.UseInlineIo).
builder.UseInlineIo();

// HSTS for a year outside Development (sent on HTTPS responses, as browsers only honour it there).
builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
});

// Health: /healthz and /readyz through ASP.NET Core's health checks.
builder.Services.AddHealthEndpoints();

// Caching: rendered pages kept until the content changes, ETags, Brotli and gzip.
builder.Services.AddPageCaching(builder.Configuration);

// Pages: Razor Pages with lower-case URLs, exactly as the URL scheme gives them.
builder.Services.AddRazorPages();
// Razor Pages brings data protection (for POST forms' antiforgery tokens); its key ring is not made at every start.
builder.Services.RemoveDataProtectionStartup();
builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

var app = builder.Build();
if (batchScheduling) app.Lifetime.ApplicationStarted.Register(() => BatchScheduling.ApplyToProcess());

// Every response: one log event; a page the output cache holds is answered at once, before routing; then the
// security headers, and the site only answers GET and HEAD.
app.UseRequestLogging();
app.UseFrontCacheThenRouting();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<ReadOnlyMethodsMiddleware>();
// A request that comes while the first content load is still running waits for it (the port opens during the load).
app.UseMiddleware<ContentReadyMiddleware>();

// Errors: a friendly 500 page and HSTS outside Development; real 404 pages for every unknown URL.
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(Links.Error);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute(Links.NotFound);

// Compression, static files (fingerprinted ones immutable), ETag/304, the output cache; then endpoints.
app.UsePageCaching();
app.MapHealthEndpoints();
app.MapDiscoveryEndpoints();
app.MapSuggestEndpoints();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>The entry point, public so tests can start the app through WebApplicationFactory.</summary>
public partial class Program;
