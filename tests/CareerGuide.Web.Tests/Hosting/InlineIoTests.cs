using CareerGuide.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Hosting;

/// <summary>
/// With Server:InlineIo, Kestrel starts a request on the thread that read it from the socket. What the front cache
/// does not answer must continue on the thread pool, so a page being rendered does not hold up the other connections
/// on that socket thread; a request already on the thread pool goes on where it is.
/// </summary>
public sealed class InlineIoTests
{
    private sealed record Seen(bool OnThreadPool, int ThreadId);

    // Runs the pipeline that UseLeaveSocketThread builds, ending in a step that records where it ran, from
    // `start` (a thread of the test's own, standing for the socket's thread, or the thread pool).
    private static async Task<(int Caller, Seen Next)> Run(bool? inlineIo, Func<Func<Task<int>>, Task<int>> start)
    {
        var settings = new Dictionary<string, string?>();
        if (inlineIo is { } on) settings[HostingExtensions.InlineIoSetting] = on ? "true" : "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseLeaveSocketThread(configuration);
        Seen? seen = null;
        app.Run(_ =>
        {
            seen = new Seen(Thread.CurrentThread.IsThreadPoolThread, Environment.CurrentManagedThreadId);
            return Task.CompletedTask;
        });
        var pipeline = app.Build();
        var caller = await start(async () =>
        {
            var id = Environment.CurrentManagedThreadId;
            await pipeline(new DefaultHttpContext());
            return id;
        });
        return (caller, seen ?? throw new InvalidOperationException("the pipeline's last step did not run"));
    }

    // A thread that is not the thread pool's, as the socket engine's own thread is.
    private static Task<int> OnOwnThread(Func<Task<int>> work)
    {
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                var running = work();
                // What ran on this thread before the first await is what decides; the rest may finish anywhere.
                running.ContinueWith(t => done.SetResult(t.GetAwaiter().GetResult()), TaskScheduler.Default);
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
            // The thread lives until the pipeline is done: a thread that ended could hand its id to a new pool thread.
            ((IAsyncResult)done.Task).AsyncWaitHandle.WaitOne();
        }) { IsBackground = true };
        Assert.False(thread.IsThreadPoolThread);
        thread.Start();
        return done.Task;
    }

    [Fact]
    public async Task With_inline_io_a_request_on_a_thread_of_its_own_goes_on_on_the_thread_pool()
    {
        var (caller, next) = await Run(inlineIo: true, OnOwnThread);
        Assert.True(next.OnThreadPool);
        Assert.NotEqual(caller, next.ThreadId);
    }

    [Fact]
    public async Task With_inline_io_a_request_already_on_the_thread_pool_goes_on_where_it_is()
    {
        var (caller, next) = await Run(inlineIo: true, work => Task.Run(work));
        Assert.True(next.OnThreadPool);
        Assert.Equal(caller, next.ThreadId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)] // off by default
    public async Task Without_inline_io_nothing_moves(bool? inlineIo)
    {
        var (caller, next) = await Run(inlineIo, OnOwnThread);
        Assert.False(next.OnThreadPool);
        Assert.Equal(caller, next.ThreadId);
    }
}
