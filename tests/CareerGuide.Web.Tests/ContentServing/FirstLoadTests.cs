using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Tests.ContentServing;

/// <summary>The port opens while the content loads; pages wait for the first load, health checks do not.</summary>
public sealed class FirstLoadTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task A_page_asked_for_before_the_first_load_waits_for_it()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        using var site = new SiteFactory { ContentRoot = content.Root };
        var store = NotYetLoaded(site);
        var loadedWhenServed = new List<bool>();
        var middleware = new FirstLoadMiddleware(_ =>
        {
            loadedWhenServed.Add(store.Snapshot.IsLoaded);
            return Task.CompletedTask;
        }, store);

        var page = middleware.InvokeAsync(Request("/careers"));
        var ready = middleware.InvokeAsync(Request("/readyz"));
        var live = middleware.InvokeAsync(Request("/healthz"));

        Assert.True(ready.IsCompleted);
        Assert.True(live.IsCompleted);
        Assert.False(page.IsCompleted);
        Assert.Equal([false, false], loadedWhenServed);
        store.Load();
        await page.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([false, false, true], loadedWhenServed);
        Assert.Single(store.Current.Guides);
    }

    [Fact]
    public async Task A_client_that_leaves_while_waiting_stops_the_wait()
    {
        using var site = new SiteFactory { ContentRoot = content.Root };
        var store = NotYetLoaded(site);
        var middleware = new FirstLoadMiddleware(_ => throw new InvalidOperationException("served before the load"), store);
        using var leaving = new CancellationTokenSource();
        var request = Request("/careers");
        request.RequestAborted = leaving.Token;

        var page = middleware.InvokeAsync(request);
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => page.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    // The real host on Kestrel, with one content file a named pipe: reading it blocks until the test writes to it,
    // so the first load is held open for as long as the test needs. Linux (mkfifo), as CI and the Dockerfile are.
    // A probe asking while the content loads is answered, not an error: nothing is logged above Information.
    [Fact]
    public async Task The_real_server_answers_readiness_while_loading_and_serves_pages_after()
    {
        var log = Path.Combine(content.Root, "site.log");
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        var pipe = content.Career("slow-to-read");
        using (var mkfifo = Process.Start("mkfifo", pipe)) await mkfifo.WaitForExitAsync();
        var port = FreePort();
        using var plain = new SiteFactory { ContentRoot = content.Root, Settings = { ["Content:Watch"] = "false" } };
        using var site = plain.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:0:Args:configure:0:Name"] = "File",
                ["Serilog:WriteTo:0:Args:configure:0:Args:path"] = log,
                ["Serilog:WriteTo:0:Args:configure:0:Args:outputTemplate"] = "{Level:u3} {Message:lj}{NewLine}",
            })));
        site.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var starting = Task.Run(site.StartServer);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        var written = false;
        try
        {
            var readiness = await Eventually(() => client.GetAsync(new Uri("/readyz", UriKind.Relative)));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
            Assert.Contains("\"status\":\"loading\"", await readiness.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var page = client.GetAsync(new Uri("/careers/lunar-greenhouse-technician", UriKind.Relative));
            await Task.Delay(200);
            Assert.False(page.IsCompleted);

            await File.WriteAllTextAsync(pipe, TempContent.Lunar.Replace("Lunar Greenhouse Technician", "Slow Reader", StringComparison.Ordinal));
            written = true;
            using var served = await page;
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            await starting.WaitAsync(TimeSpan.FromSeconds(30));
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var slow = await client.GetAsync(new Uri("/careers/slow-to-read", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
            await site.DisposeAsync();
            var lines = await File.ReadAllLinesAsync(log);
            Assert.Contains("INF HTTP GET /readyz responded 503 in", string.Join('\n', lines), StringComparison.Ordinal);
            Assert.DoesNotContain(lines, l => l.StartsWith("ERR", StringComparison.Ordinal) || l.StartsWith("WRN", StringComparison.Ordinal));
        }
        finally
        {
            // A failed test must not leave the loader blocked on the pipe.
            if (!written) await File.WriteAllTextAsync(pipe, "");
        }
    }

    // A store as the app makes it, before its first load.
    private static ContentStore NotYetLoaded(SiteFactory site) => new(site.Services.GetRequiredService<IOptions<ContentOptions>>(),
        site.Services.GetRequiredService<IWebHostEnvironment>(), TimeProvider.System, NullLogger<ContentStore>.Instance);

    private static DefaultHttpContext Request(string path) => new() { Request = { Method = "GET", Path = path } };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Retries while the port is not open yet.
    private static async Task<HttpResponseMessage> Eventually(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await send();
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }
        }
    }
}
