using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerGuide.Web.Tests.ContentServing;

/// <summary>
/// The server opens its port while the first content load runs: a request in that time waits for the content
/// (never a page from an empty catalog), health and readiness answer at once, and a site that stops first says 503.
/// </summary>
public sealed class ContentReadyMiddlewareTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => stopping.Cancel();

        public void Dispose() => stopping.Dispose();
    }

    private (ContentStore Store, ContentReadyMiddleware Gate, List<string> Served) Unloaded(IHostApplicationLifetime lifetime)
    {
        // A store of its own, made as the app makes it but not loaded yet: the state during start-up.
        var store = ActivatorUtilities.CreateInstance<ContentStore>(site.Services);
        var served = new List<string>();
        var gate = new ContentReadyMiddleware(context =>
        {
            lock (served) served.Add($"{context.Request.Path} with {store.Current.Guides.Count} guides");
            return Task.CompletedTask;
        }, store, lifetime);
        return (store, gate, served);
    }

    private static DefaultHttpContext Request(string path) => new() { Request = { Path = path } };

    [Fact]
    public async Task A_request_during_the_first_load_waits_for_the_content_then_is_served_from_it()
    {
        using var lifetime = new Lifetime();
        var (store, gate, served) = Unloaded(lifetime);
        var waiting = gate.InvokeAsync(Request("/careers/registered-nurse"));
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        Assert.Empty(served);

        store.Load();
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([$"/careers/registered-nurse with {store.Current.Guides.Count} guides"], served);
        Assert.True(store.Current.Guides.Count > 800);

        // Once loaded, nothing waits.
        Assert.True(gate.InvokeAsync(Request("/careers")).IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public void Health_and_readiness_answer_at_once_while_the_content_loads(string path)
    {
        using var lifetime = new Lifetime();
        var (_, gate, served) = Unloaded(lifetime);
        Assert.True(gate.InvokeAsync(Request(path)).IsCompletedSuccessfully);
        Assert.Equal([$"{path} with 0 guides"], served);
    }

    [Fact]
    public async Task A_site_that_stops_before_its_content_is_in_answers_503_with_retry_after()
    {
        using var lifetime = new Lifetime();
        var (_, gate, served) = Unloaded(lifetime);
        var context = Request("/careers");
        var waiting = gate.InvokeAsync(context);
        lifetime.StopApplication();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Empty(served);
    }
}
