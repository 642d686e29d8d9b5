using CareerGuide.Content.Model;
using CareerGuide.Web.Caching;
using CareerGuide.Web.Commands;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Endpoints;
using CareerGuide.Web.Hosting;
using CareerGuide.Web.Http;

// Editor commands (`validate`, `new career`, `import`, `--help`) run and exit without starting the server. They read
// Content:Root from appsettings.json and the environment, as the server does.
if (EditorCommands.IsCommand(args))
{
    var commandSettings = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
    return EditorCommands.TryRun(args, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow), commandSettings["Content:Root"]) ?? 2;
}

// ---- Settings ----
// A published app carries wwwroot and appsettings beside its dll: use that folder, so the app works whatever
// directory it is started from. (`dotnet run` already starts in the project folder.)
var appFolder = AppContext.BaseDirectory;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Directory.Exists(Path.Combine(appFolder, "wwwroot")) ? appFolder : null,
});
// No Server header: it tells attackers what to aim at and helps nobody else.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

// ---- Services ----
builder.AddSerilogLogging();                                    // Serilog from appsettings.json
builder.Services.AddCareerGuideContent(builder.Configuration);   // content: loaded as the port opens, then watched
builder.Services.AddHealthEndpoints();                          // /healthz and /readyz
builder.Services.AddPageCaching(builder.Configuration);          // output-cache policies, Brotli and gzip
builder.Services.AddUncachedRateLimit(builder.Configuration);     // a token bucket per client address
builder.Services.AddHsts(options =>                             // HSTS for a year outside Development
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
});
builder.Services.AddRazorPages();
builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

var app = builder.Build();

// ---- Pipeline, in the order a request meets it ----
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(Links.Error);                       // a friendly 500 page (Development: the developer page)
    app.UseHsts();                                              // Strict-Transport-Security on HTTPS responses
}
app.UseRequestLogging();                                        // one Serilog event per request
app.UseMiddleware<SecurityHeadersMiddleware>();                 // CSP, nosniff, no framing, on every response
app.UseMiddleware<ReadOnlyMethodsMiddleware>();                 // GET and HEAD only; OPTIONS says so; the rest 405
app.UseStatusCodePagesWithReExecute(Links.NotFound);            // a real 404 page that suggests the closest career
app.UseMiddleware<FirstLoadMiddleware>();                       // before the first content load is in, wait for it
app.UseMiddleware<ConditionalRequestMiddleware>();              // ETag, 304 and Cache-Control for pages
app.UseRouting();
app.UseOutputCacheUnlessOff();                                  // rendered pages kept until the content changes
app.UseResponseCompression();                                   // Brotli or gzip, inside the cache: stored compressed
app.UseStaticFilesWithCaching();                                // wwwroot; fingerprinted files immutable
app.UseRateLimiter();                                           // uncached work only: what the two above answer never counts

// ---- Endpoints ----
var health = app.MapGroup("").CacheOutput(CachingExtensions.NeverStored).DisableRateLimiting();
health.MapHealthEndpoints();                                    // /healthz, /readyz
var pages = app.MapGroup("").CacheOutput(CachingExtensions.Pages);
pages.MapDiscoveryEndpoints();                                  // sitemap, robots.txt, feed
pages.MapSuggestEndpoints();                                    // compare's typeahead
pages.MapRazorPages();                                          // every page (the interest check's results excepted)

app.Run();
return 0;

/// <summary>The entry point, public so tests can start the app through WebApplicationFactory.</summary>
public partial class Program;
