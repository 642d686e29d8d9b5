using CareerGuide.Web.ContentServing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.ContentServing;

/// <summary>The watcher's life cycle: a file event that arrives as the site stops must not take the process down.</summary>
public sealed class ContentWatcherTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void A_file_event_after_the_watcher_is_disposed_is_ignored()
    {
        // FileSystemWatcher raises events (and Error, when the watched folder goes) on its own thread, and one can
        // come after the service was disposed; it crashed the test host with ObjectDisposedException.
        var watcher = ActivatorUtilities.CreateInstance<ContentWatcher>(site.Services);
        watcher.Dispose();
        var late = Record.Exception(watcher.Wake);
        Assert.Null(late);
    }
}
