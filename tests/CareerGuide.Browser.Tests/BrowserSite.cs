using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareerGuide.Browser.Tests;

/// <summary>
/// The real server on a free loopback port, serving the bundled content plus the test fixtures (copied
/// together into a temporary folder), and one Chromium for all the tests of a class.
/// </summary>
#pragma warning disable CA1001 // The factory is disposed in DisposeAsync, which xunit calls for IAsyncLifetime fixtures.
public sealed class BrowserSite : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly string content = Directory.CreateTempSubdirectory("careerguide-browser-").FullName;
    private Factory? factory;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerGuide.sln"))) return dir.FullName;
            }
            throw new DirectoryNotFoundException("CareerGuide.sln not found");
        }
    }

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null) return;
        var repository = RepositoryRoot;
        Copy(Path.Combine(repository, "content"), content);
        Copy(Path.Combine(repository, "tests", "CareerGuide.Web.Tests", "Fixtures", "discovery"), content);
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures"), content);

        factory = new Factory(content);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Args = Chromium.Args,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        factory?.Dispose();
        Directory.Delete(content, recursive: true);
    }

    /// <summary>A new page at a viewport and color scheme; console errors and dialogs are collected.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPage(int width = 1280, int height = 800, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            BaseURL = BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // A 404 page logs its own status as a failed load: that is the page working.
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal)) problems.Add("console: " + message.Text);
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            problems.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, problems);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private sealed class Factory(string content) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Root", content);
            builder.UseSetting("Content:Watch", "false");
        }
    }
}
