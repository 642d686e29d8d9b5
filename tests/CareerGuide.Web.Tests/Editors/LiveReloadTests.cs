using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Editors;

/// <summary>
/// A real server (Kestrel on a loopback port) over a temporary content folder: add, change, break, rename
/// and remove a file, and check what the site serves after each step, while a client keeps requesting
/// pages the whole time and must never see a failure.
/// </summary>
public sealed class LiveReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Added_changed_broken_renamed_and_removed_files_show_up_without_a_restart(bool fileEvents)
    {
        using var site = new SiteFactory
        {
            ContentRoot = content.Root,
            Settings =
            {
                ["Content:FileEvents"] = fileEvents ? "true" : "false",
                ["Content:PollMilliseconds"] = fileEvents ? "5000" : "100",
                ["Content:SettleMilliseconds"] = "50",
            },
        };
        site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };

        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var requests = 0;
        var hammer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var url in new[] { "/", "/careers", "/careers/lunar-greenhouse-technician/skills" })
                {
                    using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                    Interlocked.Increment(ref requests);
                    if ((int)response.StatusCode >= 500) lock (failures) failures.Add($"{url} {(int)response.StatusCode}");
                }
            }
        });

        // Added: a new file appears on the site.
        await Eventually(async () => await Status(http, "/careers/lunar-greenhouse-technician") == 404);
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        await Eventually(async () => await Title(http, "/careers/lunar-greenhouse-technician") == "Lunar Greenhouse Technician");

        // Changed: the edit is served.
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician", "title: Lunar Dome Grower", StringComparison.Ordinal));
        await Eventually(async () => await Title(http, "/careers/lunar-greenhouse-technician") == "Lunar Dome Grower");
        Assert.Contains("/careers/lunar-greenhouse-technician", await http.GetStringAsync(new Uri("/search?q=dome+grower", UriKind.Relative)), StringComparison.Ordinal);

        // Broken: the last good version stays online, and /readyz names the problem.
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("rating: 81", "rating: 140", StringComparison.Ordinal));
        // A reload can read the file while it is being written (empty, say) and report that first: the problem
        // is waited for, not just the kept version.
        const string outOfRange = "careers/lunar-greenhouse-technician.md:25:13: error: skills[0].rating: 140 is out of range; write a rating from 0 to 100";
        await Eventually(async () => (await Ready(http)).Problems.Contains(outOfRange));
        Assert.Contains("careers/lunar-greenhouse-technician.md", (await Ready(http)).Kept);
        Assert.Equal("Lunar Dome Grower", await Title(http, "/careers/lunar-greenhouse-technician"));

        // Fixed and renamed: the new slug answers, the old one is gone.
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        File.Move(content.Career("lunar-greenhouse-technician"), content.Career("moon-gardener"));
        await Eventually(async () => await Status(http, "/careers/moon-gardener") == 200);
        Assert.Equal(404, await Status(http, "/careers/lunar-greenhouse-technician"));
        Assert.Empty((await Ready(http)).Kept);

        // Removed: the guide disappears.
        File.Delete(content.Career("moon-gardener"));
        await Eventually(async () => await Status(http, "/careers/moon-gardener") == 404);

        await stop.CancelAsync();
        await hammer;
        Assert.Empty(failures);
        Assert.True(requests > 20, $"only {requests} background requests ran");
    }

    [Fact]
    public async Task Files_that_keep_changing_are_still_reloaded_within_the_longest_wait()
    {
        // A sync tool writing a file every 50 ms never leaves the folder quiet for the 300 ms settle time:
        // the change must still be served within the longest wait (1 s here), not only once the writes stop.
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        using var site = new SiteFactory
        {
            ContentRoot = content.Root,
            Settings =
            {
                ["Content:PollMilliseconds"] = "100",
                ["Content:SettleMilliseconds"] = "300",
                ["Content:LongestWaitMilliseconds"] = "1000",
            },
        };
        using var http = site.CreateClient();
        Assert.Equal(200, await Status(http, "/careers/lunar-greenhouse-technician"));
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician", "title: Lunar Dome Grower", StringComparison.Ordinal));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                content.WriteCareer("sync-scratch", TempContent.Lunar.Replace("title: Lunar Greenhouse Technician", $"title: Scratch Career {n}", StringComparison.Ordinal));
                await Task.Delay(50);
            }
        });
        var seen = false;
        while (clock.Elapsed < TimeSpan.FromSeconds(6) && !seen)
        {
            seen = await Title(http, "/careers/lunar-greenhouse-technician") == "Lunar Dome Grower";
            if (!seen) await Task.Delay(50);
        }
        var waited = clock.Elapsed;
        await stop.CancelAsync();
        await writer;
        Assert.True(seen, "the edit was not served while another file kept changing for 6 s");
        Assert.InRange(waited, TimeSpan.Zero, TimeSpan.FromSeconds(4));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the site did not reach the expected state in time");
            await Task.Delay(50);
        }
    }

    private static async Task<int> Status(HttpClient http, string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        return (int)response.StatusCode;
    }

    private static async Task<string?> Title(HttpClient http, string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        if (!response.IsSuccessStatusCode) return null;
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent;
    }

    private static async Task<(string[] Kept, string[] Problems)> Ready(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/readyz", UriKind.Relative)));
        string[] Strings(string name) => [.. json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
        return (Strings("keptFiles"), Strings("problems"));
    }
}
