using CareerGuide.Web.ContentServing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.ContentServing;

/// <summary>
/// Content:ParseCache: the first start parses the shipped content and keeps it; the next start reads it back,
/// parses nothing, and serves the same pages.
/// </summary>
public sealed class ParseCacheTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("careerguide-parse-cache-site-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static SiteFactory Site(string cacheFile) => new()
    {
        Settings = new() { ["Content:ParseCache"] = "true", ["Content:ParseCacheFile"] = cacheFile, ["Content:Watch"] = "false" },
    };

    private static async Task<string> Body(SiteFactory site, string url)
    {
        using var response = await site.Client().GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, url);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_next_start_reads_the_parsed_content_back_and_serves_the_same_pages()
    {
        var cacheFile = Path.Combine(folder, "nested", "parsed.jsonl");
        string[] urls = ["/", "/careers", "/careers?page=2", "/careers/machine-learning-engineer", "/careers/machine-learning-engineer/transcript",
            "/careers/registered-nurse", "/careers/registered-nurse/market", "/careers/electrician/skills", "/groups/healthcare-practitioners-and-technical",
            "/compare?careers=registered-nurse,electrician", "/search?q=nurse", "/articles/careers-in-machine-learning", "/sitemap.xml"];

        string[] first;
        using (var site = Site(cacheFile))
        {
            first = await Task.WhenAll(urls.Select(u => Body(site, u)));
            var store = site.Services.GetRequiredService<ContentStore>();
            Assert.Equal(store.Current.FileCount, store.LastFilesParsed);
            await store.Saving;
            Assert.True(File.Exists(cacheFile));
            Assert.Equal(cacheFile, store.ParseCacheFile);
        }

        using (var site = Site(cacheFile))
        {
            var again = await Task.WhenAll(urls.Select(u => Body(site, u)));
            var store = site.Services.GetRequiredService<ContentStore>();
            Assert.Equal(0, store.LastFilesParsed);
            for (var i = 0; i < urls.Length; i++) Assert.True(first[i] == again[i], $"{urls[i]} differs when read back from the cache");
        }
    }

    [Fact]
    public async Task A_stop_right_after_start_up_waits_for_the_cache_to_be_written_whole()
    {
        var cacheFile = Path.Combine(folder, "stopped.jsonl");
        using (var site = Site(cacheFile))
        {
            // The host has started once the content is in; it stops at once (the factory is disposed), while the
            // 833 files' cache, begun just before, is still being written.
            await site.Services.GetRequiredService<ContentStore>().FirstLoaded;
        }
        Assert.True(File.Exists(cacheFile), "the parse cache was not there when the host had stopped");
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        using var again = Site(cacheFile);
        await Body(again, "/");
        Assert.Equal(0, again.Services.GetRequiredService<ContentStore>().LastFilesParsed);
    }

    private static SiteFactory Waiting(string cacheFile, int milliseconds) => new()
    {
        Settings = new()
        {
            ["Content:ParseCache"] = "true", ["Content:ParseCacheFile"] = cacheFile, ["Content:Watch"] = "false",
            ["Content:StartUpWorkWaitMilliseconds"] = milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    [Fact]
    public async Task The_cache_is_written_after_the_first_page_is_answered_not_beside_it()
    {
        var cacheFile = Path.Combine(folder, "after-first-page.jsonl");
        using var site = Waiting(cacheFile, 600_000);
        var store = site.Services.GetRequiredService<ContentStore>();
        await store.FirstLoaded;
        await Task.Delay(3000); // the whole write takes well under a second on this machine
        Assert.False(store.Saving.IsCompleted, "the cache's write began before any page was answered");
        Assert.False(File.Exists(cacheFile));
        // The first page is a search: it builds the index itself rather than waiting for the work held back.
        var search = await Body(site, "/search?q=nurse");
        Assert.Contains("Registered Nurse", search, StringComparison.Ordinal);
        await store.Saving.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(File.Exists(cacheFile));
    }

    [Fact]
    public async Task Without_a_visit_the_cache_is_written_once_the_wait_is_over()
    {
        var cacheFile = Path.Combine(folder, "no-visit.jsonl");
        using var site = Waiting(cacheFile, 100);
        var store = site.Services.GetRequiredService<ContentStore>();
        await store.FirstLoaded;
        await store.Saving.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(File.Exists(cacheFile));
    }

    [Fact]
    public async Task A_seed_written_ahead_of_time_is_read_when_the_own_cache_holds_nothing_and_never_written()
    {
        // What the Docker image does: a cache written when the image was built, read-only, and the app user's own
        // cache, which the image's first start does not have yet.
        var seed = Path.Combine(folder, "seed.jsonl");
        using (var builder = Site(seed))
        {
            await Body(builder, "/");
            await builder.Services.GetRequiredService<ContentStore>().Saving;
        }
        var written = File.GetLastWriteTimeUtc(seed);
        var own = Path.Combine(folder, "own.jsonl");
        SiteFactory Seeded(string seedFile) => new()
        {
            Settings = new()
            {
                ["Content:ParseCache"] = "true", ["Content:ParseCacheFile"] = own, ["Content:ParseCacheSeed"] = seedFile,
                ["Content:Watch"] = "false",
            },
        };

        using (var site = Seeded(seed))
        {
            var page = await Body(site, "/careers/registered-nurse");
            Assert.Contains("Registered Nurse", page, StringComparison.Ordinal);
            var store = site.Services.GetRequiredService<ContentStore>();
            Assert.Equal(0, store.LastFilesParsed);
            await store.Saving;
        }
        Assert.Equal(written, File.GetLastWriteTimeUtc(seed));
        Assert.False(File.Exists(own)); // nothing was parsed, so there was nothing new to keep

        // A seed that is not there (or is for another folder or build) costs only the parsing.
        using var unseeded = Seeded(Path.Combine(folder, "missing.jsonl"));
        await Body(unseeded, "/");
        var parsedAll = unseeded.Services.GetRequiredService<ContentStore>();
        Assert.Equal(parsedAll.Current.FileCount, parsedAll.LastFilesParsed);
    }

    [Fact]
    public async Task With_the_cache_off_nothing_is_written_and_every_start_parses()
    {
        var cacheFile = Path.Combine(folder, "off.jsonl");
        using var site = new SiteFactory { Settings = new() { ["Content:ParseCacheFile"] = cacheFile } }; // SiteFactory turns the cache off
        await Body(site, "/");
        var store = site.Services.GetRequiredService<ContentStore>();
        await store.Saving;
        Assert.False(File.Exists(cacheFile));
        Assert.Equal(store.Current.FileCount, store.LastFilesParsed);
    }

    [Fact]
    public void The_default_cache_file_is_in_the_users_own_cache_folder_and_named_after_the_content_folder()
    {
        var root = SiteFactory.RepositoryRoot;
        string? Variables(string name) => name switch { "HOME" => "/home/student", _ => null };
        var a = ContentStore.CacheFileFor(null, Path.Combine(root, "content"), Variables);
        var b = ContentStore.CacheFileFor("", folder, Variables);
        Assert.StartsWith("/home/student/.cache/careerguide/parsed-", a, StringComparison.Ordinal);
        Assert.EndsWith(".jsonl", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);

        Assert.StartsWith("/var/cache/me/careerguide/", ContentStore.CacheFileFor(null, folder, n => n == "XDG_CACHE_HOME" ? "/var/cache/me" : "/home/student"), StringComparison.Ordinal);
        // Without a home there is no default place of the user's own, so no cache; a setting still names one.
        Assert.Null(ContentStore.CacheFileFor(null, folder, _ => null));
        Assert.Null(ContentStore.CacheFileFor(null, folder, n => n == "HOME" ? "relative/home" : null));
        Assert.Equal(Path.Combine(folder, "x.jsonl"), ContentStore.CacheFileFor(Path.Combine(folder, "x.jsonl"), folder, _ => null));
    }

    [Fact]
    public async Task A_folder_the_cache_makes_is_readable_by_its_user_alone()
    {
        var cacheFile = Path.Combine(folder, "private", "parsed.jsonl");
        using var site = Site(cacheFile);
        await Body(site, "/");
        await site.Services.GetRequiredService<ContentStore>().Saving;
        Assert.True(File.Exists(cacheFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(cacheFile)!));
    }
}
